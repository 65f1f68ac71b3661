package se.paverkansagenda.answer;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.paverkansagenda.carryforward.CarryForwardService;
import se.paverkansagenda.deadline.DeadlineService;
import se.paverkansagenda.round.Answer;
import se.paverkansagenda.round.AnswerChannel;
import se.paverkansagenda.round.AnswerOutcome;
import se.paverkansagenda.round.AnswerService;
import se.paverkansagenda.round.CollisionRetry;
import se.paverkansagenda.round.RoundRequest;
import se.paverkansagenda.round.RoundRequestRepository;

/**
 * Answers given from a personal link. Proposals are saved as drafts and submitted; the first submit
 * tells the process, later changes until the deadline replace what was sent. Each change is one
 * transaction that first locks the request's row, so concurrent and repeated submits store the answer
 * once, and a crash keeps a submit whole or not at all.
 */
@Service
public class PublicAnswerService {

    static final String ACTOR = "länk";
    /** Where the list of attachments starts in a stored statement. */
    static final String ATTACHMENT_LIST = "\n\nBilagor:\n";
    /** The statement of an organisation that answers it has no comments. */
    public static final String NO_COMMENTS = "Inga synpunkter.";

    private final ProposalRepository proposals;
    private final AttachmentRepository attachments;
    private final AnswerAudit audit;
    private final AnswerService answers;
    private final RoundRequestRepository requests;
    private final DeadlineService deadlines;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final StatementSectionRepository statementSections;
    private final CarryForwardService carryForward;

    public PublicAnswerService(ProposalRepository proposals, AttachmentRepository attachments, AnswerAudit audit, AnswerService answers,
                               RoundRequestRepository requests, DeadlineService deadlines, JdbcClient jdbc,
                               PlatformTransactionManager transactionManager, StatementSectionRepository statementSections,
                               CarryForwardService carryForward) {
        this.carryForward = carryForward;
        this.statementSections = statementSections;
        this.proposals = proposals;
        this.attachments = attachments;
        this.audit = audit;
        this.answers = answers;
        this.requests = requests;
        this.deadlines = deadlines;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    public List<ProposalRow> proposalsOf(String requestId) {
        return proposals.findByRequest(requestId);
    }

    public void saveDraft(RoundRequest request, List<ProposalRow> rows) {
        saveDraft(request, rows, null);
    }

    /** As {@link #saveDraft(RoundRequest, List)}, with the comments on last year's issues (null: kept as they are). */
    public void saveDraft(RoundRequest request, List<ProposalRow> rows, Map<String, String> comments) {
        inTransaction(() -> {
            lock(request.id());
            proposals.replace(request.id(), rows);
            saveComments(request, comments);
            audit.record(request.id(), AnswerAudit.Action.SAVE, ACTOR, now(), summary(rows));
            return null;
        });
    }

    /** Stores the proposals and records the answer as one unit: either all of it is kept or none. */
    public AnswerOutcome submitProposals(RoundRequest request, List<ProposalRow> rows) {
        return submitProposals(request, rows, null);
    }

    /** As {@link #submitProposals(RoundRequest, List)}, with the comments on last year's issues (null: kept as they are). */
    public AnswerOutcome submitProposals(RoundRequest request, List<ProposalRow> rows, Map<String, String> comments) {
        String summary = summary(rows);
        return inTransaction(() -> {
            lock(request.id());
            proposals.replace(request.id(), rows);
            saveComments(request, comments);
            return submit(request, summary);
        });
    }

    private void saveComments(RoundRequest request, Map<String, String> comments) {
        if (comments != null) {
            carryForward.saveComments(request.id(), comments);
        }
    }

    /** The keys of the consultation draft's sections the statement says it concerns. */
    public List<String> sectionsOf(String requestId) {
        return statementSections.of(requestId);
    }

    /** For each statement of the cycle's consultation that names sections, their keys, by request id. */
    public Map<String, List<String>> sectionsByStatement(String cycleKey) {
        return statementSections.ofCycle(cycleKey);
    }

    /**
     * Names the sections a statement concerns (keys checked against the draft by the caller), replacing
     * those named before, inside the caller's transaction: for a statement an official registers.
     */
    public void nameSections(String requestId, List<String> sectionKeys) {
        statementSections.replace(requestId, sectionKeys);
    }

    public List<Attachment> attachmentsOf(String requestId) {
        return attachments.findByRequest(requestId);
    }

    /**
     * Submits a statement with the files chosen now added to those sent before, less those taken
     * away, as one unit. The same file sent twice is kept once.
     */
    public AnswerOutcome submitStatement(RoundRequest request, String statement, List<UploadedFile> added,
                                         List<String> removed) {
        return submitStatement(request, statement, added, removed, List.of());
    }

    /**
     * As {@link #submitStatement(RoundRequest, String, List, List)}, with the keys of the consultation
     * draft's sections the statement concerns (checked against the draft by the caller); they replace
     * those named before.
     */
    public AnswerOutcome submitStatement(RoundRequest request, String statement, List<UploadedFile> added,
                                         List<String> removed, List<String> sectionKeys) {
        return inTransaction(() -> {
            lock(request.id());
            statementSections.replace(request.id(), sectionKeys);
            attachments.remove(request.id(), removed);
            added.forEach(file -> attachments.addOnce(request.id(), file, now()));
            List<Attachment> kept = attachments.findByRequest(request.id());
            return submit(request, kept.isEmpty() ? statement : statement + ATTACHMENT_LIST + kept.stream()
                    .map(file -> "- " + file.fileName() + " (" + file.size() + ")").collect(Collectors.joining("\n")));
        });
    }

    /** Records the answer, tells the process and audits it, inside the submit's transaction. */
    private AnswerOutcome submit(RoundRequest request, String text) {
        AnswerOutcome outcome = answers.recordWithinTransaction(request.id(),
                new Answer(text, ACTOR, AnswerChannel.LINK, deadlines.today()));
        if (outcome == AnswerOutcome.ALREADY_RECORDED) {
            requests.replaceAnswerText(request.id(), text);
        }
        audit.record(request.id(), outcome == AnswerOutcome.RECORDED ? AnswerAudit.Action.SUBMIT
                : AnswerAudit.Action.CHANGE, ACTOR, now(), text);
        return outcome;
    }

    /** The statement as the organisation wrote it, without the list of attachments the stored answer ends with. */
    public static String statementPart(String answerText) {
        int attachmentList = answerText.indexOf(ATTACHMENT_LIST);
        return attachmentList < 0 ? answerText : answerText.substring(0, attachmentList);
    }

    /** The proposals as text: the answer's copy in the receipt and in the compilation. */
    static String summary(List<ProposalRow> rows) {
        return IntStream.range(0, rows.size()).mapToObj(i -> {
            ProposalRow row = rows.get(i);
            return (i + 1) + ". " + row.getTitle() + " (" + row.getRusArea() + ", " + row.getDecisionLevelLabel() + ")\n"
                    + row.getDescription() + "\nMotivering: " + row.getJustification()
                    + "\nKontaktperson: " + row.getContactPerson();
        }).collect(Collectors.joining("\n\n"));
    }

    /**
     * Each change is one transaction, which starts again from the request's lock if it collides with
     * another submit (the engine's optimistic lock on the round's counters, or a deadlock).
     */
    private <T> T inTransaction(Supplier<T> change) {
        return CollisionRetry.retry(() -> transaction.execute(status -> change.get()));
    }

    private void lock(String requestId) {
        jdbc.sql("SELECT id FROM round_request WHERE id = :id FOR UPDATE").param("id", requestId)
                .query(String.class).single();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(deadlines.clock());
    }
}
