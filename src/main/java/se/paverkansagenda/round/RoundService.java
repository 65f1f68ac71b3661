package se.paverkansagenda.round;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.paverkansagenda.cycle.CycleService;
import se.paverkansagenda.deadline.DeadlineService;
import se.paverkansagenda.plan.Plan;
import se.paverkansagenda.process.AgendaProcess;

/** Opens a round's requests from the plan and follows each request until it is answered or closed. */
@Service
public class RoundService {

    private final RoundRequestRepository requests;
    private final CycleService cycles;
    private final DeadlineService deadlines;
    private final HistoryService history;
    private final ConsultationDraftRepository drafts;
    private final ObjectProvider<RoundOpening> openings;

    public RoundService(RoundRequestRepository requests, CycleService cycles, DeadlineService deadlines,
                        HistoryService history, ConsultationDraftRepository drafts,
                        ObjectProvider<RoundOpening> openings) {
        this.requests = requests;
        this.cycles = cycles;
        this.deadlines = deadlines;
        this.history = history;
        this.drafts = drafts;
        this.openings = openings;
    }

    /**
     * Creates one request per recipient of the plan, after the work other parts do when a round opens
     * ({@link RoundOpening}: the consultation's draft is frozen). Recipients that already have one keep
     * it, so a retried job creates nothing twice.
     */
    @Transactional
    public List<RoundRequest> open(String cycleKey, RoundKind kind) {
        Plan plan = cycles.planOf(cycleKey);
        openings.orderedStream().forEach(opening -> opening.opening(cycleKey, kind));
        Set<String> existing = requests.findByRound(cycleKey, kind).stream()
                .map(RoundRequest::recipientCode).collect(Collectors.toSet());
        OffsetDateTime now = now();
        for (Recipient recipient : recipients(plan, kind)) {
            if (!existing.contains(recipient.code())) {
                requests.insert(new RoundRequest(UUID.randomUUID().toString(), cycleKey, kind, recipient.code(),
                        recipient.name(), recipient.email(), plan.datesOf(kind.step()).end(), RequestStatus.CREATED,
                        null, null, null), now);
            }
        }
        return requests.findByRound(cycleKey, kind);
    }

    /** The consultation's draft, once the consultation has opened with a saved agenda version. */
    public Optional<ConsultationDraft> consultationDraft(String cycleKey) {
        return drafts.find(cycleKey);
    }

    /** Records the draft the consultation sends; a cycle has one. */
    @Transactional
    public void recordConsultationDraft(ConsultationDraft draft) {
        drafts.insert(draft);
    }

    /** The round's requests; none for a cycle of a region the user does not work in. */
    public List<RoundRequest> requestsOf(String cycleKey, RoundKind kind) {
        return cycles.visibleToUser(cycleKey) ? requests.findByRound(cycleKey, kind) : List.of();
    }

    /** The request; for a logged-in user, only one of a cycle in the user's regions (see {@code CycleRepository}). */
    public RoundRequest request(String requestId) {
        return requests.find(requestId).filter(request -> cycles.visibleToUser(request.cycleKey()))
                .orElseThrow(() -> new UnknownRequestException(requestId));
    }

    /**
     * The last day the request takes an answer: its deadline, or, when the plan accepts late answers,
     * the day before the step after the round starts.
     */
    public LocalDate lastDayForAnswers(RoundRequest request) {
        Plan plan = cycles.planOf(request.cycleKey());
        return plan.lateAnswers() == Plan.LateAnswers.REFUSE ? request.deadline() : lastDayBeforeNextStep(plan, request);
    }

    /**
     * The day before the step after the round starts, or the request's deadline if that is later:
     * the last day for late answers, and the latest day a deadline can be moved to.
     */
    public LocalDate lastDayBeforeNextStep(RoundRequest request) {
        return lastDayBeforeNextStep(cycles.planOf(request.cycleKey()), request);
    }

    /**
     * Whether the recipient may answer from its link today: an unanswered request until its last day
     * for answers, an answered one (to change it) until its deadline.
     */
    public boolean openForLink(RoundRequest request) {
        if (roundEnded(request)) {
            return false;
        }
        LocalDate today = deadlines.today();
        return switch (request.status()) {
            case CREATED -> false;
            case ANSWERED -> !today.isAfter(request.deadline());
            case SENT, UNANSWERED -> !today.isAfter(lastDayForAnswers(request));
        };
    }

    /**
     * Refuses an answer that came in on the day unless the plan takes it: one that came after the
     * deadline only when the plan accepts late answers, and none once the next step has started.
     *
     * @return whether the answer is late
     */
    public boolean checkTakesAnswer(RoundRequest request, LocalDate receivedOn) {
        Plan plan = cycles.planOf(request.cycleKey());
        if (roundEnded(request)) {
            throw new RoundClosedException(request, request.kind().nextStep());
        }
        boolean late = receivedOn.isAfter(request.deadline());
        if (late && plan.lateAnswers() == Plan.LateAnswers.REFUSE) {
            throw new RoundClosedException(request);
        }
        if (deadlines.today().isAfter(lastDayBeforeNextStep(plan, request))) {
            throw new RoundClosedException(request, request.kind().nextStep());
        }
        return late;
    }

    /**
     * Whether the request's round is over, whatever the dates say: its cycle has ended (adopted or
     * stopped), or has gone on to the step after the round (its start timer has fired or its
     * compilation has begun). A request's state follows its cycle, not only the calendar.
     */
    public boolean roundEnded(RoundRequest request) {
        String instance = cycles.processInstanceOf(request.cycleKey());
        HistoricProcessInstance cycle = instance == null ? null
                : history.createHistoricProcessInstanceQuery().processInstanceId(instance).singleResult();
        if (cycle == null || cycle.getEndTime() != null) {
            return true;
        }
        List<String> closers = AgendaProcess.roundClosedBy(request.kind().nextStep());
        // the timer counts once it has fired; the work after it once it has begun
        return history.createHistoricActivityInstanceQuery().processInstanceId(instance).activityId(closers.get(0))
                .finished().count() > 0
                || closers.stream().skip(1).anyMatch(element -> history.createHistoricActivityInstanceQuery()
                        .processInstanceId(instance).activityId(element).count() > 0);
    }

    /** The day before the next step starts, or the deadline if that is later. */
    private static LocalDate lastDayBeforeNextStep(Plan plan, RoundRequest request) {
        LocalDate dayBefore = plan.datesOf(request.kind().nextStep()).start().minusDays(1);
        return dayBefore.isAfter(request.deadline()) ? dayBefore : request.deadline();
    }

    /** The request went out; {@code processInstanceId} is the instance that waits for its answer. */
    public void markSent(String requestId, String processInstanceId) {
        requests.markSent(requestId, processInstanceId, now());
    }

    public void markUnanswered(String requestId) {
        requests.markUnanswered(requestId, now());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(deadlines.clock());
    }

    private static List<Recipient> recipients(Plan plan, RoundKind kind) {
        return switch (kind) {
            case INPUT -> plan.municipalities().stream()
                    .map(m -> new Recipient(m.code(), m.name(), m.email())).toList();
            case CONSULTATION -> plan.organisations().stream()
                    .map(o -> new Recipient(o.name(), o.name(), o.email())).toList();
        };
    }

    private record Recipient(String code, String name, String email) {
    }
}
