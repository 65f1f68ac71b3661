package se.paverkansagenda.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.paverkansagenda.answer.AnswerAudit;
import se.paverkansagenda.answer.PublicAnswerService;
import se.paverkansagenda.cycle.CycleService;
import se.paverkansagenda.deadline.DeadlineService;
import se.paverkansagenda.notification.NotificationFailedException;
import se.paverkansagenda.notification.SwedishDates;
import se.paverkansagenda.plan.Plan;
import se.paverkansagenda.process.RequestRemindersProcess;
import se.paverkansagenda.process.RequestRoundProcess;
import se.paverkansagenda.round.ActionRefusedException;
import se.paverkansagenda.round.Answer;
import se.paverkansagenda.round.AnswerFacts;
import se.paverkansagenda.round.AnswerOutcome;
import se.paverkansagenda.round.AnswerService;
import se.paverkansagenda.round.CollisionRetry;
import se.paverkansagenda.round.ConsultationDraft;
import se.paverkansagenda.round.RequestMessages;
import se.paverkansagenda.round.RequestNotSentException;
import se.paverkansagenda.round.RequestReminders;
import se.paverkansagenda.round.RequestStatus;
import se.paverkansagenda.round.RoundClosedException;
import se.paverkansagenda.round.RoundKind;
import se.paverkansagenda.round.RoundRequest;
import se.paverkansagenda.round.RoundRequestRepository;
import se.paverkansagenda.round.RoundService;
import se.paverkansagenda.security.EngineAsApplication;

/**
 * What officials follow a round with: who has answered, who has not and who is late, and the three
 * things they can do for one recipient: remind it now, give it a later deadline, and register an
 * answer that came by e-mail or on paper. Each action leaves a row in the request's audit trail.
 */
@Service
public class RoundFollowUp {

    private final RoundService rounds;
    private final RoundRequestRepository requests;
    private final AnswerService answers;
    private final CycleService cycles;
    private final DeadlineService deadlines;
    private final RequestMessages messages;
    private final RequestReminders reminders;
    private final AnswerAudit audit;
    private final RuntimeService runtimeService;
    private final ManagementService managementService;
    private final EngineAsApplication engine;
    private final TransactionTemplate transaction;
    private final PublicAnswerService publicAnswers;

    public RoundFollowUp(RoundService rounds, RoundRequestRepository requests, AnswerService answers,
                         CycleService cycles, DeadlineService deadlines, RequestMessages messages,
                         RequestReminders reminders, AnswerAudit audit, RuntimeService runtimeService,
                         ManagementService managementService, EngineAsApplication engine,
                         PlatformTransactionManager transactionManager, PublicAnswerService publicAnswers) {
        this.publicAnswers = publicAnswers;
        this.rounds = rounds;
        this.requests = requests;
        this.answers = answers;
        this.cycles = cycles;
        this.deadlines = deadlines;
        this.messages = messages;
        this.reminders = reminders;
        this.audit = audit;
        this.runtimeService = runtimeService;
        this.managementService = managementService;
        this.engine = engine;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** Where one request stands, as officials see it. */
    public enum Standing {
        NOT_SENT("Inte skickad", false),
        WAITING("Väntar på svar", false),
        OVERDUE("Försenad – inget svar", true),
        CLOSED_UNANSWERED("Stängd utan svar", true),
        ANSWERED("Besvarad", false),
        ANSWERED_LATE("Besvarad efter svarstiden", true);

        private final String swedishName;
        private final boolean late;

        Standing(String swedishName, boolean late) {
            this.swedishName = swedishName;
            this.late = late;
        }

        public String swedishName() {
            return swedishName;
        }

        public boolean late() {
            return late;
        }

        public boolean answered() {
            return this == ANSWERED || this == ANSWERED_LATE;
        }
    }

    /** One request of the round with its standing, how its answer came in, and whether its deadline was moved. */
    public record Line(RoundRequest request, Standing standing, AnswerFacts answer, boolean deadlineExtended) {
    }

    public List<Line> round(String cycleKey, RoundKind kind) {
        LocalDate planned = cycles.planOf(cycleKey).datesOf(kind.step()).end();
        Map<String, AnswerFacts> facts = requests.answerFactsOf(cycleKey, kind);
        return requests.findByRound(cycleKey, kind).stream()
                .map(request -> line(request, facts.get(request.id()), planned))
                .toList();
    }

    public Line line(RoundRequest request) {
        LocalDate planned = cycles.planOf(request.cycleKey()).datesOf(request.kind().step()).end();
        return line(request, requests.answerFactsOf(request.cycleKey(), request.kind()).get(request.id()), planned);
    }

    private Line line(RoundRequest request, AnswerFacts facts, LocalDate planned) {
        Standing standing = switch (request.status()) {
            case CREATED -> Standing.NOT_SENT;
            case SENT -> deadlines.today().isAfter(request.deadline()) ? Standing.OVERDUE : Standing.WAITING;
            case UNANSWERED -> Standing.CLOSED_UNANSWERED;
            case ANSWERED -> facts != null && facts.late() ? Standing.ANSWERED_LATE : Standing.ANSWERED;
        };
        return new Line(request, standing, facts, !request.deadline().equals(planned));
    }

    /** Sends the recipient a reminder with its link now; asked for twice within a minute, it is sent and recorded once. */
    public void remindNow(String requestId, String by) {
        RoundRequest request = rounds.request(requestId);
        if (request.status() != RequestStatus.SENT) {
            throw new ActionRefusedException("remind", "Bara den som inte har svarat kan påminnas; förfrågan till "
                    + request.recipientName() + " är " + line(request).standing().swedishName().toLowerCase() + ".");
        }
        Instant now = deadlines.clock().instant();
        try {
            messages.remindNow(requestId, now);
        } catch (NotificationFailedException failed) {
            throw new ActionRefusedException("remind", "Påminnelsen kunde inte skickas: " + failed.getMessage()
                    + " Försök igen om en stund.");
        }
        OffsetDateTime at = OffsetDateTime.now(deadlines.clock());
        Instant minute = now.truncatedTo(ChronoUnit.MINUTES);
        boolean recordedThisMinute = audit.of(requestId).stream()
                .anyMatch(entry -> entry.action() == AnswerAudit.Action.REMIND
                        && entry.at().toInstant().truncatedTo(ChronoUnit.MINUTES).equals(minute));
        if (!recordedThisMinute) {
            audit.record(requestId, AnswerAudit.Action.REMIND, by, at, "Påminnelse till " + request.recipientEmail());
        }
    }

    /**
     * Gives one recipient a later deadline: the request's row, the deadline timer of its process
     * (moved with {@code setJobDuedate}) and its next reminder move together, in one transaction.
     * Asking again for the deadline it already has changes nothing.
     */
    public void extendDeadline(String requestId, LocalDate newDeadline, String by) {
        CollisionRetry.retry(() -> transaction.execute(status -> {
            RoundRequest request = rounds.request(requestId);
            if (newDeadline.equals(request.deadline())) {
                return null;
            }
            checkExtension(request, newDeadline);
            if (!requests.moveDeadline(requestId, newDeadline)) {
                throw new ActionRefusedException("newDeadline", "Förfrågan besvarades eller stängdes nyss; "
                        + "svarstiden ändrades inte.");
            }
            engine.call(() -> {
                moveDeadlineTimer(requestId, newDeadline);
                moveReminders(request, newDeadline);
                return null;
            });
            audit.record(requestId, AnswerAudit.Action.EXTEND, by, OffsetDateTime.now(deadlines.clock()),
                    "Svarstiden förlängd från " + SwedishDates.day(request.deadline()) + " till "
                            + SwedishDates.day(newDeadline));
            return null;
        }));
    }

    /**
     * Plans a waiting request's reminders again by the plan's rule as it is now, for its deadline as it is:
     * after the plan's reminder rule was revised. Call it in the transaction that changed the plan.
     */
    public void replanReminders(String requestId) {
        RoundRequest request = rounds.request(requestId);
        if (request.status() != RequestStatus.SENT) {
            return;
        }
        engine.call(() -> {
            moveReminders(request, request.deadline());
            return null;
        });
    }

    private void checkExtension(RoundRequest request, LocalDate newDeadline) {
        if (request.status() != RequestStatus.SENT) {
            throw new ActionRefusedException("newDeadline", "Svarstiden kan bara förlängas för en förfrågan som väntar"
                    + " på svar; den här är " + line(request).standing().swedishName().toLowerCase() + ".");
        }
        if (!newDeadline.isAfter(request.deadline())) {
            throw new ActionRefusedException("newDeadline", "Det nya datumet måste vara efter nuvarande svarstid, "
                    + SwedishDates.day(request.deadline()) + ".");
        }
        if (newDeadline.isBefore(deadlines.today())) {
            throw new ActionRefusedException("newDeadline", "Det nya datumet har redan passerat.");
        }
        LocalDate latest = rounds.lastDayBeforeNextStep(request);
        if (!latest.isAfter(request.deadline())) {
            throw new ActionRefusedException("newDeadline", "Svarstiden kan inte förlängas: steg "
                    + request.kind().nextStep().number() + " (" + request.kind().nextStep().swedishName()
                    + ") startar enligt planen " + SwedishDates.day(cycles.planOf(request.cycleKey())
                    .datesOf(request.kind().nextStep()).start()) + ".");
        }
        if (newDeadline.isAfter(latest)) {
            throw new ActionRefusedException("newDeadline", "Svarstiden kan förlängas till och med "
                    + SwedishDates.day(latest) + ", dagen innan steg " + request.kind().nextStep().number() + " ("
                    + request.kind().nextStep().swedishName() + ") startar.");
        }
    }

    private void moveDeadlineTimer(String requestId, LocalDate newDeadline) {
        ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(RequestRoundProcess.KEY)
                .variableValueEquals(RequestRoundProcess.REQUEST_ID.name(), requestId)
                .singleResult();
        Job timer = instance == null ? null : managementService.createJobQuery().processInstanceId(instance.getId())
                .activityId(RequestRoundProcess.Elements.TIMER_ANSWER_DEADLINE).singleResult();
        if (timer == null) {
            throw new ActionRefusedException("newDeadline", "Förfrågan väntar inte längre på svar i processen; "
                    + "svarstiden ändrades inte.");
        }
        Date due = deadlines.endOfDay(newDeadline);
        managementService.setJobDuedate(timer.getId(), due);
        runtimeService.setVariable(instance.getId(), RequestRoundProcess.ANSWER_DEADLINE.name(), due);
    }

    /**
     * The reminders follow the new deadline: the waiting reminder moves to the first moment of the
     * plan's rule that is still ahead, and a request whose reminders were all behind it gets new ones.
     */
    private void moveReminders(RoundRequest request, LocalDate newDeadline) {
        Plan plan = cycles.planOf(request.cycleKey());
        List<Instant> moments = deadlines.reminderMoments(newDeadline,
                plan.reminders().businessDaysBeforeDeadline(), deadlines.clock().instant());
        List<ProcessInstance> waiting = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(RequestRemindersProcess.KEY)
                .variableValueEquals(RequestRemindersProcess.REQUEST_ID.name(), request.id())
                .list();
        if (waiting.isEmpty()) {
            reminders.schedule(request.id());
            return;
        }
        if (moments.isEmpty()) {
            // the waiting reminder finds no moment of the rule when it comes and ends without a message
            return;
        }
        Date next = Date.from(moments.get(0));
        for (ProcessInstance instance : waiting) {
            Job timer = managementService.createJobQuery().processInstanceId(instance.getId())
                    .activityId(RequestRemindersProcess.Elements.TIMER_REMINDER_DUE).singleResult();
            if (timer != null) {
                managementService.setJobDuedate(timer.getId(), next);
                runtimeService.setVariable(instance.getId(), RequestRemindersProcess.NEXT_REMINDER_AT.name(), next);
            }
        }
    }

    /**
     * Registers an answer that came by e-mail or on paper, on the recipient's behalf; the day it
     * came in decides whether it is late. An answer recorded before is kept as it is.
     */
    public void register(String requestId, Answer answer) {
        register(requestId, answer, List.of());
    }

    /**
     * As {@link #register(String, Answer)}, for a statement that names the sections of the consultation
     * draft it concerns, as an organisation can from its link: the answer and its sections are stored
     * together or not at all. A section the draft does not have, or sections named for anything but a
     * consultation statement, are refused.
     */
    public void register(String requestId, Answer answer, List<String> sectionKeys) {
        RoundRequest request = rounds.request(requestId);
        if (answer.receivedOn().isAfter(deadlines.today())) {
            throw new ActionRefusedException("receivedOn", "Datumet då svaret kom in kan inte ligga i framtiden.");
        }
        List<String> sections = checkedSections(request, sectionKeys);
        try {
            if (record(requestId, answer, sections) == AnswerOutcome.ALREADY_RECORDED) {
                throw new ActionRefusedException("text", request.recipientName() + " har redan svarat; det "
                        + "registrerade svaret ändrades inte.");
            }
        } catch (RoundClosedException | RequestNotSentException refused) {
            throw new ActionRefusedException("receivedOn", refused.getMessage() + ".");
        }
        audit.record(requestId, AnswerAudit.Action.REGISTER, answer.answeredBy(), OffsetDateTime.now(deadlines.clock()),
                answer.channel().swedishName() + ", inkommet " + SwedishDates.day(answer.receivedOn()) + ":\n"
                        + answer.text() + (sections.isEmpty() ? "" : "\nAvsnitt: " + String.join(", ", sections)));
    }

    /**
     * Records an answer an official gives on the recipient's behalf with the sections of the consultation
     * draft it names, together or not at all; a section the draft does not have is refused
     * ({@link ActionRefusedException} on {@code sections}) before anything is stored. An answer recorded
     * before is kept, with its sections.
     */
    public AnswerOutcome recordOnBehalf(String requestId, Answer answer, List<String> sectionKeys) {
        return record(requestId, answer, checkedSections(rounds.request(requestId), sectionKeys));
    }

    private AnswerOutcome record(String requestId, Answer answer, List<String> sections) {
        return CollisionRetry.retry(() -> transaction.execute(status -> {
            AnswerOutcome recorded = answers.recordWithinTransaction(requestId, answer);
            if (recorded == AnswerOutcome.RECORDED && !sections.isEmpty()) {
                publicAnswers.nameSections(requestId, sections);
            }
            return recorded;
        }));
    }

    /** The sections named, each once and in the draft's order, once checked against the consultation draft. */
    private List<String> checkedSections(RoundRequest request, List<String> sectionKeys) {
        List<String> named = sectionKeys.stream().filter(key -> key != null && !key.isBlank()).map(String::strip)
                .distinct().toList();
        if (named.isEmpty()) {
            return List.of();
        }
        if (request.kind() != RoundKind.CONSULTATION) {
            throw new ActionRefusedException("sections", "Bara ett yttrande i samrådet kan ange avsnitt i remissversionen.");
        }
        Optional<ConsultationDraft> draft = rounds.consultationDraft(request.cycleKey());
        ConsultationDraft.problemWith(draft, named).ifPresent(problem -> {
            throw new ActionRefusedException("sections", problem);
        });
        return draft.orElseThrow().inDraftOrder(named);
    }
}
