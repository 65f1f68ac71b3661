package se.paverkansagenda.compilation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.springframework.stereotype.Service;
import se.paverkansagenda.answer.Attachment;
import se.paverkansagenda.answer.AttachmentRepository;
import se.paverkansagenda.answer.ProposalRepository;
import se.paverkansagenda.answer.ProposalRow;
import se.paverkansagenda.answer.PublicAnswerService;
import se.paverkansagenda.carryforward.CarriedIssue;
import se.paverkansagenda.carryforward.CarriedIssueComment;
import se.paverkansagenda.carryforward.CarryForwardService;
import se.paverkansagenda.cycle.CycleService;
import se.paverkansagenda.deadline.DeadlineService;
import se.paverkansagenda.document.DocumentFormat;
import se.paverkansagenda.document.DocumentKind;
import se.paverkansagenda.document.DocumentStore;
import se.paverkansagenda.document.StoredDocument;
import se.paverkansagenda.followup.RoundFollowUp;
import se.paverkansagenda.plan.Plan;
import se.paverkansagenda.plan.Step;
import se.paverkansagenda.round.ConsultationDraft;
import se.paverkansagenda.round.RoundKind;
import se.paverkansagenda.round.RoundService;

/**
 * Compiles a round's answers as they stand (steps 6 and 11) and stores the compilation as PDF, DOCX
 * and CSV, each as the next version of the cycle's compilation.
 */
@Service
public class CompilationService {

    private final CycleService cycles;
    private final RoundFollowUp followUp;
    private final ProposalRepository proposals;
    private final AttachmentRepository attachments;
    private final DeadlineService deadlines;
    private final CompilationWriter writer;
    private final DocumentStore documents;
    private final RoundService rounds;
    private final PublicAnswerService publicAnswers;
    private final CarryForwardService carriedForward;

    public CompilationService(CycleService cycles, RoundFollowUp followUp, ProposalRepository proposals,
                              AttachmentRepository attachments, DeadlineService deadlines, CompilationWriter writer,
                              DocumentStore documents, RoundService rounds, PublicAnswerService publicAnswers,
                              CarryForwardService carriedForward) {
        this.carriedForward = carriedForward;
        this.rounds = rounds;
        this.publicAnswers = publicAnswers;
        this.cycles = cycles;
        this.followUp = followUp;
        this.proposals = proposals;
        this.attachments = attachments;
        this.deadlines = deadlines;
        this.writer = writer;
        this.documents = documents;
    }

    /** Compiles and stores the round's answers; the stored documents in PDF, DOCX, CSV order. */
    public List<StoredDocument> compileAndStore(String cycleKey, RoundKind kind) {
        return kind == RoundKind.INPUT ? storeInput(cycleKey) : storeConsultation(cycleKey);
    }

    public InputCompilation input(String cycleKey) {
        Plan plan = cycles.planOf(cycleKey);
        List<InputCompilation.Municipality> municipalities = followUp.round(cycleKey, RoundKind.INPUT).stream()
                .map(line -> {
                    Respondent respondent = Respondent.of(line);
                    List<ProposalRow> rows = respondent.answered() ? proposals.findByRequest(line.request().id()) : List.of();
                    List<InputCompilation.Proposal> compiled = IntStream.range(0, rows.size())
                            .mapToObj(i -> proposal(respondent, i + 1, rows.get(i))).toList();
                    String answerText = respondent.answered() && rows.isEmpty() ? line.request().answerText() : null;
                    return new InputCompilation.Municipality(respondent, compiled, answerText);
                }).toList();
        return new InputCompilation(cycleKey, plan.region().name(), plan.year(), deadlines.today(), plan.rusAreas(),
                municipalities, earlierIssues(cycleKey));
    }

    /** Last year's issues and the municipalities' comments on them, when the cycle follows another. */
    private List<InputCompilation.EarlierIssue> earlierIssues(String cycleKey) {
        if (carriedForward.follows(cycleKey).isEmpty()) {
            return List.of();
        }
        Map<String, List<CarriedIssueComment>> comments = carriedForward.comments(cycleKey);
        List<CarriedIssue> issues = carriedForward.issues(cycleKey);
        return IntStream.range(0, issues.size()).mapToObj(i -> {
            CarriedIssue issue = issues.get(i);
            return new InputCompilation.EarlierIssue(i + 1, issue.title(), issue.wording(),
                    issue.decision() == null ? "Ej uppföljd" : issue.decision().swedishName(), issue.previousYear(),
                    comments.getOrDefault(issue.id(), List.of()).stream()
                            .map(comment -> new InputCompilation.Comment(comment.municipality(), comment.text())).toList());
        }).toList();
    }

    public ConsultationCompilation consultation(String cycleKey) {
        Plan plan = cycles.planOf(cycleKey);
        Optional<ConsultationDraft> draft = rounds.consultationDraft(cycleKey);
        List<ConsultationDraft.Section> sections = draft.map(ConsultationDraft::sections).orElse(List.of());
        Map<String, List<String>> named = publicAnswers.sectionsByStatement(cycleKey);
        List<ConsultationCompilation.Statement> statements = followUp.round(cycleKey, RoundKind.CONSULTATION).stream()
                .map(line -> {
                    Respondent respondent = Respondent.of(line);
                    if (!respondent.answered()) {
                        return new ConsultationCompilation.Statement(respondent, "", false, List.of(), List.of());
                    }
                    String text = PublicAnswerService.statementPart(line.request().answerText()).strip();
                    List<String> files = attachments.findByRequest(line.request().id()).stream()
                            .map(Attachment::fileName).toList();
                    List<String> keys = named.getOrDefault(line.request().id(), List.of());
                    List<String> titles = sections.stream().filter(section -> keys.contains(section.key()))
                            .map(ConsultationDraft.Section::label).toList();
                    return new ConsultationCompilation.Statement(respondent, text,
                            text.equals(PublicAnswerService.NO_COMMENTS), files, titles);
                }).toList();
        return new ConsultationCompilation(cycleKey, plan.region().name(), plan.year(), deadlines.today(), statements,
                draft.map(ConsultationDraft::version).orElse(null), bySection(sections, statements));
    }

    /**
     * The statements with something to say, under each section of the draft they name (a statement
     * naming two sections is under both), then those that name none.
     */
    private static List<ConsultationCompilation.SectionGroup> bySection(List<ConsultationDraft.Section> sections,
                                                                       List<ConsultationCompilation.Statement> statements) {
        List<ConsultationCompilation.Statement> withText = statements.stream()
                .filter(statement -> statement.respondent().answered() && !statement.noComments()).toList();
        List<ConsultationCompilation.SectionGroup> groups = new ArrayList<>();
        for (ConsultationDraft.Section section : sections) {
            String title = section.label();
            groups.add(new ConsultationCompilation.SectionGroup(section.key(), title, withText.stream()
                    .filter(statement -> statement.sections().contains(title)).toList()));
        }
        groups.add(new ConsultationCompilation.SectionGroup(null, "Yttranden som inte anger något avsnitt", withText
                .stream().filter(statement -> statement.sections().isEmpty()).toList()));
        return List.copyOf(groups);
    }

    private List<StoredDocument> storeInput(String cycleKey) {
        InputCompilation compilation = input(cycleKey);
        return store(cycleKey, Step.COMPILE_INPUT, DocumentKind.INPUT_COMPILATION, writer.files(compilation));
    }

    private List<StoredDocument> storeConsultation(String cycleKey) {
        ConsultationCompilation compilation = consultation(cycleKey);
        return store(cycleKey, Step.CONSULTATION, DocumentKind.CONSULTATION_COMPILATION, writer.files(compilation));
    }

    private List<StoredDocument> store(String cycleKey, Step step, DocumentKind kind, CompilationWriter.Files files) {
        return List.of(documents.store(cycleKey, step, kind, DocumentFormat.PDF, files.pdf()),
                documents.store(cycleKey, step, kind, DocumentFormat.DOCX, files.docx()),
                documents.store(cycleKey, step, kind, DocumentFormat.CSV, files.csv()));
    }

    private static InputCompilation.Proposal proposal(Respondent respondent, int number, ProposalRow row) {
        return new InputCompilation.Proposal(respondent.code(), respondent.name(), number, row.getTitle(), row.getDescription(),
                row.getRusArea(), row.getDecisionLevelLabel(), row.getJustification(), row.getContactPerson(),
                respondent.late(), respondent.receivedOn());
    }
}
