package se.paverkansagenda.process;

import static org.assertj.core.api.Assertions.assertThat;
import static se.paverkansagenda.process.RequestRoundProcess.Elements.END_ANSWERED;
import static se.paverkansagenda.process.RequestRoundProcess.Elements.END_RECEIPT_SENT;
import static se.paverkansagenda.process.RequestRoundProcess.Elements.END_UNANSWERED;
import static se.paverkansagenda.process.RequestRoundProcess.Elements.GATEWAY_ANSWER_RECEIVED;
import static se.paverkansagenda.process.RequestRoundProcess.Elements.TASK_AWAIT_ANSWER;
import static se.paverkansagenda.process.RequestRoundProcess.Elements.TASK_REGISTER_NO_ANSWER;
import static se.paverkansagenda.process.RequestRoundProcess.Elements.TASK_SEND_RECEIPT;
import static se.paverkansagenda.process.RequestRoundProcess.Elements.TASK_SEND_REQUEST;
import static se.paverkansagenda.process.RequestRoundProcess.Elements.TIMER_ANSWER_DEADLINE;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.paverkansagenda.IntegrationTest;
import se.paverkansagenda.LifecycleDriver;
import se.paverkansagenda.Lifecycles;
import se.paverkansagenda.notification.Notification;
import se.paverkansagenda.notification.NotificationRepository;
import se.paverkansagenda.notification.NotificationType;
import se.paverkansagenda.round.AnswerOutcome;
import se.paverkansagenda.round.AnswerService;
import se.paverkansagenda.round.RequestStatus;
import se.paverkansagenda.round.RoundKind;
import se.paverkansagenda.round.RoundRequest;
import se.paverkansagenda.round.RoundService;

/**
 * One municipality's request of the input round, {@code requestRound}: answered before its deadline,
 * closed by the deadline timer, and answered twice. Each test runs the main process of its own cycle
 * to the input round, which calls one request process per municipality.
 */
@IntegrationTest
class RequestRoundProcessTest {

    private static final String ANSWERED_BY = "registrator";
    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    /** The seed plan's input round: the requests go out on its first day (2020-05-08) and close at the end of its last. */
    private static final String THIRTY_DAYS_IN = "2020-06-07T09:00";
    private static final String INPUT_ROUND_DEADLINE = "2020-10-02T23:59:59";
    private static final String SECOND_BEFORE_DEADLINE = "2020-10-02T23:59:58";
    private static final int MUNICIPALITIES = 8;
    private static final String PROCESS_OWNER = "utvecklingsdirektor@regionjh.example";

    @Autowired
    Lifecycles lifecycles;
    @Autowired
    ProcessEngine engine;
    @Autowired
    RoundService rounds;
    @Autowired
    AnswerService answers;
    @Autowired
    NotificationRepository notifications;

    @BeforeEach
    void assertionsOnThisEngine() {
        BpmnAwareTests.init(engine);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
        BpmnAwareTests.reset();
    }

    @Test
    void anAnswerBeforeTheDeadlineEndsTheRequestWithAReceiptAndTheDeadlineNeverFires() {
        LifecycleDriver cycle = toInputRound("RRA");
        RoundRequest ostersund = request("PA-RRA-2020", "2380");
        ProcessInstance request = requestProcess(ostersund);
        BpmnAwareTests.assertThat(request).hasPassed(TASK_SEND_REQUEST).isWaitingAtExactly(TASK_AWAIT_ANSWER);
        assertThat(deadlineTimer(request).getDuedate()).isEqualTo(moment(INPUT_ROUND_DEADLINE));

        cycle.at(THIRTY_DAYS_IN);
        assertThat(answers.record(ostersund.id(), "Stambanan och bredband", ANSWERED_BY))
                .isEqualTo(AnswerOutcome.RECORDED);

        BpmnAwareTests.assertThat(request).hasPassed(TASK_AWAIT_ANSWER, GATEWAY_ANSWER_RECEIVED, END_ANSWERED)
                .isWaitingAtExactly(TASK_SEND_RECEIPT);
        assertThat(deadlineTimer(request)).as("the deadline timer went with the answer").isNull();
        cycle.runDueJobs();
        BpmnAwareTests.assertThat(request).isEnded().hasPassed(TASK_SEND_RECEIPT, END_RECEIPT_SENT)
                .hasNotPassed(TIMER_ANSWER_DEADLINE, TASK_REGISTER_NO_ANSWER, END_UNANSWERED);
        RoundRequest answered = rounds.request(ostersund.id());
        assertThat(answered.status()).isEqualTo(RequestStatus.ANSWERED);
        assertThat(answered.answerText()).isEqualTo("Stambanan och bredband");
        assertThat(answered.answeredBy()).isEqualTo(ANSWERED_BY);
        assertThat(sent("PA-RRA-2020", NotificationType.ANSWER_RECEIPT)).containsExactly(ostersund.recipientEmail());

        cycle.at("2020-10-03T00:00");
        assertThat(rounds.request(ostersund.id()).status()).as("the deadline leaves an answered request alone")
                .isEqualTo(RequestStatus.ANSWERED);
        assertThat(sent("PA-RRA-2020", NotificationType.REMINDER)).doesNotContain(ostersund.recipientEmail());
        assertThat(rounds.requestsOf("PA-RRA-2020", RoundKind.INPUT)).filteredOn(r -> !r.id().equals(ostersund.id()))
                .allSatisfy(other -> assertThat(other.status()).isEqualTo(RequestStatus.UNANSWERED));
    }

    @Test
    void theDeadlineTimerClosesARequestNobodyAnsweredAndTheProcessOwnerGetsOneMessageForTheRound() {
        LifecycleDriver cycle = toInputRound("RRB");
        RoundRequest berg = request("PA-RRB-2020", "2326");
        ProcessInstance request = requestProcess(berg);

        // the reminders fall due 10 and 3 business days before the deadline, on 2020-09-18 and 2020-09-29
        cycle.at("2020-09-21T09:00").at("2020-09-30T09:00").at(SECOND_BEFORE_DEADLINE);
        BpmnAwareTests.assertThat(request).isWaitingAtExactly(TASK_AWAIT_ANSWER);
        assertThat(rounds.request(berg.id()).status()).isEqualTo(RequestStatus.SENT);
        assertThat(sent("PA-RRB-2020", NotificationType.REMINDER)).filteredOn(berg.recipientEmail()::equals)
                .as("reminded 10 and 3 business days before the deadline").hasSize(2);

        cycle.at(INPUT_ROUND_DEADLINE);

        BpmnAwareTests.assertThat(request).isEnded()
                .hasPassed(TIMER_ANSWER_DEADLINE, TASK_REGISTER_NO_ANSWER, END_UNANSWERED)
                .hasNotPassed(GATEWAY_ANSWER_RECEIVED, END_ANSWERED, TASK_SEND_RECEIPT, END_RECEIPT_SENT);
        RoundRequest closed = rounds.request(berg.id());
        assertThat(closed.status()).isEqualTo(RequestStatus.UNANSWERED);
        assertThat(closed.closedAt().toInstant()).isEqualTo(moment(INPUT_ROUND_DEADLINE).toInstant());
        assertThat(closed.answerText()).isNull();
        assertThat(sent("PA-RRB-2020", NotificationType.ANSWER_RECEIPT)).isEmpty();
        List<Notification> late = notifications.findByCycle("PA-RRB-2020").stream()
                .filter(n -> n.type() == NotificationType.LATE_ANSWER).toList();
        assertThat(late).as("one message for the round, not one per unanswered municipality").singleElement()
                .satisfies(message -> {
                    assertThat(message.recipient()).isEqualTo(PROCESS_OWNER);
                    assertThat(message.idempotencyKey()).isEqualTo("PA-RRB-2020/INPUT/LATE_ANSWER");
                    assertThat(message.subject()).isEqualTo("Svar saknas från " + MUNICIPALITIES
                            + " mottagare (Inspel från kommunerna, PA-RRB-2020)");
                    assertThat(message.bodyText()).contains("http://localhost:8080/api/omgang/PA-RRB-2020/inspel");
                    for (RoundRequest each : rounds.requestsOf("PA-RRB-2020", RoundKind.INPUT)) {
                        assertThat(message.bodyText()).contains("- " + each.recipientName() + ", "
                                + each.recipientEmail() + " (svarstid fredag 2 oktober 2020)");
                        assertThat(message.bodyHtml()).contains(each.recipientName());
                    }
                });
    }

    @Test
    void aSecondAnswerToTheSameRequestIsRecognisedAndCorrelatesNothing() {
        LifecycleDriver cycle = toInputRound("RRC");
        RoundRequest krokom = request("PA-RRC-2020", "2309");
        ProcessInstance request = requestProcess(krokom);
        cycle.at(THIRTY_DAYS_IN);

        assertThat(answers.record(krokom.id(), "Första svaret", ANSWERED_BY)).isEqualTo(AnswerOutcome.RECORDED);
        assertThat(answers.record(krokom.id(), "Andra svaret", ANSWERED_BY))
                .as("while the receipt is still to be sent").isEqualTo(AnswerOutcome.ALREADY_RECORDED);
        cycle.runDueJobs();
        BpmnAwareTests.assertThat(request).isEnded();
        assertThat(answers.record(krokom.id(), "Tredje svaret", ANSWERED_BY))
                .as("after the request process ended").isEqualTo(AnswerOutcome.ALREADY_RECORDED);
        cycle.runDueJobs();

        assertThat(rounds.request(krokom.id()).answerText()).isEqualTo("Första svaret");
        for (String once : List.of(TASK_AWAIT_ANSWER, GATEWAY_ANSWER_RECEIVED, END_ANSWERED, TASK_SEND_RECEIPT,
                END_RECEIPT_SENT)) {
            assertThat(passes(request, once)).as(once).isOne();
        }
        assertThat(sent("PA-RRC-2020", NotificationType.ANSWER_RECEIPT)).containsExactly(krokom.recipientEmail());
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(AnswerAfterCloseProcess.KEY).processInstanceBusinessKey("PA-RRC-2020").count())
                .as("no answer taken in after the close").isZero();
    }

    /** A cycle of the seed plan under its own region code, run to the day its input round opens. */
    private LifecycleDriver toInputRound(String regionCode) {
        return lifecycles.atInputRound(regionCode);
    }

    private List<String> sent(String cycleKey, NotificationType type) {
        return notifications.findByCycle(cycleKey).stream().filter(n -> n.type() == type)
                .map(Notification::recipient).toList();
    }

    private static Date moment(String localDateTime) {
        return Date.from(LocalDateTime.parse(localDateTime).atZone(STOCKHOLM).toInstant());
    }

    private RoundRequest request(String cycleKey, String municipalityCode) {
        return rounds.requestsOf(cycleKey, RoundKind.INPUT).stream()
                .filter(r -> r.recipientCode().equals(municipalityCode))
                .findFirst().orElseThrow();
    }

    /** The request process of the request: the one instance of {@code requestRound} that holds its id. */
    private ProcessInstance requestProcess(RoundRequest roundRequest) {
        return engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(RequestRoundProcess.KEY)
                .variableValueEquals(RequestRoundProcess.REQUEST_ID.name(), roundRequest.id())
                .singleResult();
    }

    private Job deadlineTimer(ProcessInstance request) {
        return engine.getManagementService().createJobQuery().processInstanceId(request.getId())
                .activityId(TIMER_ANSWER_DEADLINE).singleResult();
    }

    private long passes(ProcessInstance instance, String activityId) {
        return engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                .activityId(activityId).finished().count();
    }
}
