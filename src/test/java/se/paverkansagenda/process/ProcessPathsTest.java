package se.paverkansagenda.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static se.paverkansagenda.process.AgendaProcess.Elements.CALL_CONSULTATION;
import static se.paverkansagenda.process.AgendaProcess.Elements.END_REGISTER_RSR_COMPILATION_TREATMENT_LATE_REPORTED;
import static se.paverkansagenda.process.AgendaProcess.Elements.TASK_REGISTER_RSR_COMPILATION_TREATMENT;
import static se.paverkansagenda.process.AgendaProcess.Elements.TASK_REPORT_REGISTER_RSR_COMPILATION_TREATMENT_LATE;
import static se.paverkansagenda.process.AgendaProcess.Elements.TASK_WRITE_RSR_COMPILATION_MINUTES;
import static se.paverkansagenda.process.AgendaProcess.Elements.TIMER_REGISTER_RSR_COMPILATION_TREATMENT_LATE;
import static se.paverkansagenda.process.AgendaProcess.Elements.CALL_INPUT_ROUND;
import static se.paverkansagenda.process.AgendaProcess.Elements.END_ADOPTED;
import static se.paverkansagenda.process.AgendaProcess.Elements.END_COMPILE_INPUT_LATE_REPORTED;
import static se.paverkansagenda.process.AgendaProcess.Elements.END_DRAFT_PM_LATE_REPORTED;
import static se.paverkansagenda.process.AgendaProcess.Elements.END_PRIORITISE_INPUT_LATE_REPORTED;
import static se.paverkansagenda.process.AgendaProcess.Elements.END_REGISTER_ADOPTION_LATE_REPORTED;
import static se.paverkansagenda.process.AgendaProcess.Elements.END_REGISTER_RSR_TREATMENT_LATE_REPORTED;
import static se.paverkansagenda.process.AgendaProcess.Elements.END_REVIEW_PROPOSAL_LATE_REPORTED;
import static se.paverkansagenda.process.AgendaProcess.Elements.END_STEERING_REPORT_SENT;
import static se.paverkansagenda.process.AgendaProcess.Elements.END_WRITE_AGENDA_LATE_REPORTED;
import static se.paverkansagenda.process.AgendaProcess.Elements.GATEWAY_ADOPTION_JOIN;
import static se.paverkansagenda.process.AgendaProcess.Elements.GATEWAY_AGENDA_ADOPTED;
import static se.paverkansagenda.process.AgendaProcess.Elements.GATEWAY_AGENDA_SENT_BACK;
import static se.paverkansagenda.process.AgendaProcess.Elements.GATEWAY_AGENDA_WORK_JOIN;
import static se.paverkansagenda.process.AgendaProcess.Elements.GATEWAY_AGENDA_WORK_SPLIT;
import static se.paverkansagenda.process.AgendaProcess.Elements.GATEWAY_DRAFT_PM_JOIN;
import static se.paverkansagenda.process.AgendaProcess.Elements.GATEWAY_PM_SENT_BACK;
import static se.paverkansagenda.process.AgendaProcess.Elements.GATEWAY_PRESIDIUM_APPROVED;
import static se.paverkansagenda.process.AgendaProcess.Elements.GATEWAY_PRESIDIUM_REVIEW_JOIN;
import static se.paverkansagenda.process.AgendaProcess.Elements.GATEWAY_WRITE_AGENDA_JOIN;
import static se.paverkansagenda.process.AgendaProcess.Elements.START;
import static se.paverkansagenda.process.AgendaProcess.Elements.START_STEERING_REPORT_DUE;
import static se.paverkansagenda.process.AgendaProcess.Elements.SUB_STEERING_REPORT;
import static se.paverkansagenda.process.AgendaProcess.Elements.TASK_ANNOUNCE_AGENDA;
import static se.paverkansagenda.process.AgendaProcess.Elements.TASK_COMPILE_INPUT;
import static se.paverkansagenda.process.AgendaProcess.Elements.TASK_COMPILE_INPUT_DOCUMENTS;
import static se.paverkansagenda.process.AgendaProcess.Elements.TASK_COMPILE_STATEMENTS;
import static se.paverkansagenda.process.AgendaProcess.Elements.TASK_DRAFT_PM;
import static se.paverkansagenda.process.AgendaProcess.Elements.TASK_INFORM_PARTNERSHIP;
import static se.paverkansagenda.process.AgendaProcess.Elements.TASK_OPEN_CONSULTATION;
import static se.paverkansagenda.process.AgendaProcess.Elements.TASK_OPEN_INPUT_ROUND;
import static se.paverkansagenda.process.AgendaProcess.Elements.TASK_REPORT_UNANSWERED_CONSULTATION;
import static se.paverkansagenda.process.AgendaProcess.Elements.TASK_REPORT_UNANSWERED_INPUT;
import static se.paverkansagenda.process.AgendaProcess.Elements.TASK_PRIORITISE_INPUT;
import static se.paverkansagenda.process.AgendaProcess.Elements.TASK_REGISTER_ADOPTION;
import static se.paverkansagenda.process.AgendaProcess.Elements.TASK_REGISTER_RSR_TREATMENT;
import static se.paverkansagenda.process.AgendaProcess.Elements.TASK_REPORT_COMPILE_INPUT_LATE;
import static se.paverkansagenda.process.AgendaProcess.Elements.TASK_REPORT_DRAFT_PM_LATE;
import static se.paverkansagenda.process.AgendaProcess.Elements.TASK_REPORT_PRIORITISE_INPUT_LATE;
import static se.paverkansagenda.process.AgendaProcess.Elements.TASK_REPORT_REGISTER_ADOPTION_LATE;
import static se.paverkansagenda.process.AgendaProcess.Elements.TASK_REPORT_REGISTER_RSR_TREATMENT_LATE;
import static se.paverkansagenda.process.AgendaProcess.Elements.TASK_REPORT_REVIEW_PROPOSAL_LATE;
import static se.paverkansagenda.process.AgendaProcess.Elements.TASK_REPORT_WRITE_AGENDA_LATE;
import static se.paverkansagenda.process.AgendaProcess.Elements.TASK_REVIEW_PROPOSAL;
import static se.paverkansagenda.process.AgendaProcess.Elements.TASK_SEND_COMPILATION_TO_RSR;
import static se.paverkansagenda.process.AgendaProcess.Elements.TASK_SEND_PLAN_TO_RSR;
import static se.paverkansagenda.process.AgendaProcess.Elements.TASK_SEND_STEERING_REPORT;
import static se.paverkansagenda.process.AgendaProcess.Elements.TASK_WRITE_ADOPTED_AGENDA;
import static se.paverkansagenda.process.AgendaProcess.Elements.TASK_WRITE_AGENDA;
import static se.paverkansagenda.process.AgendaProcess.Elements.TASK_WRITE_ADOPTION_MINUTES;
import static se.paverkansagenda.process.AgendaProcess.Elements.TASK_WRITE_PRESIDIUM_MINUTES;
import static se.paverkansagenda.process.AgendaProcess.Elements.TASK_WRITE_RSR_MINUTES;
import static se.paverkansagenda.process.AgendaProcess.Elements.TIMER_ADOPTION_START;
import static se.paverkansagenda.process.AgendaProcess.Elements.TIMER_COMPILE_INPUT_LATE;
import static se.paverkansagenda.process.AgendaProcess.Elements.TIMER_COMPILE_INPUT_START;
import static se.paverkansagenda.process.AgendaProcess.Elements.TIMER_CONSULTATION_START;
import static se.paverkansagenda.process.AgendaProcess.Elements.TIMER_DRAFT_PM_LATE;
import static se.paverkansagenda.process.AgendaProcess.Elements.TIMER_DRAFT_PM_START;
import static se.paverkansagenda.process.AgendaProcess.Elements.TIMER_INFORM_PARTNERSHIP_START;
import static se.paverkansagenda.process.AgendaProcess.Elements.TIMER_INPUT_ROUND_START;
import static se.paverkansagenda.process.AgendaProcess.Elements.TIMER_PRESIDIUM_REVIEW_START;
import static se.paverkansagenda.process.AgendaProcess.Elements.TIMER_PRIORITISE_INPUT_LATE;
import static se.paverkansagenda.process.AgendaProcess.Elements.TIMER_REGISTER_ADOPTION_LATE;
import static se.paverkansagenda.process.AgendaProcess.Elements.TIMER_REGISTER_RSR_TREATMENT_LATE;
import static se.paverkansagenda.process.AgendaProcess.Elements.TIMER_REVIEW_PROPOSAL_LATE;
import static se.paverkansagenda.process.AgendaProcess.Elements.TIMER_RSR_TREATMENT_START;
import static se.paverkansagenda.process.AgendaProcess.Elements.TIMER_SEND_COMPILATION_TO_RSR_START;
import static se.paverkansagenda.process.AgendaProcess.Elements.TIMER_SEND_PLAN_TO_RSR_START;
import static se.paverkansagenda.process.AgendaProcess.Elements.TIMER_WORKSHOP_START;
import static se.paverkansagenda.process.AgendaProcess.Elements.TIMER_WRITE_AGENDA_LATE;
import static se.paverkansagenda.process.AgendaProcess.Elements.TIMER_WRITE_AGENDA_START;
import static se.paverkansagenda.process.IsolatedProcessEngine.CALLS;
import static se.paverkansagenda.process.IsolatedProcessEngine.ENGINE;
import static se.paverkansagenda.process.IsolatedRun.endOfDay;
import static se.paverkansagenda.process.IsolatedRun.moment;
import static se.paverkansagenda.process.IsolatedRun.startOfDay;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.paverkansagenda.notification.NotificationType;
import se.paverkansagenda.plan.Step;
import se.paverkansagenda.round.RoundKind;

/**
 * Every path of every model in {@code bpmn/}, on an engine of its own without the application: the
 * delegates and listeners only record their calls ({@link IsolatedProcessEngine}), the engine's clock
 * drives the timers and each test runs the due jobs itself. Each test asserts the path taken and the
 * one not taken. Together they must complete every flow node of every model: the coverage of each is
 * written to {@code target/process-test-coverage/} and gated at 100 %.
 */
class ProcessPathsTest {

    @RegisterExtension
    static final ProcessEngineExtension EXTENSION = new IsolatedProcessEngine.Extension();

    /** The late-step path of each user task: the timer at its due date, the report, its end. */
    static final Map<Step, List<String>> LATE_PATHS = Map.of(
            Step.DRAFT_PM, List.of(TIMER_DRAFT_PM_LATE, TASK_REPORT_DRAFT_PM_LATE, END_DRAFT_PM_LATE_REPORTED),
            Step.PRESIDIUM_REVIEW, List.of(TIMER_REVIEW_PROPOSAL_LATE, TASK_REPORT_REVIEW_PROPOSAL_LATE,
                    END_REVIEW_PROPOSAL_LATE_REPORTED),
            Step.RSR_TREATMENT, List.of(TIMER_REGISTER_RSR_TREATMENT_LATE, TASK_REPORT_REGISTER_RSR_TREATMENT_LATE,
                    END_REGISTER_RSR_TREATMENT_LATE_REPORTED),
            Step.COMPILE_INPUT, List.of(TIMER_COMPILE_INPUT_LATE, TASK_REPORT_COMPILE_INPUT_LATE,
                    END_COMPILE_INPUT_LATE_REPORTED),
            Step.SEND_COMPILATION_TO_RSR, List.of(TIMER_REGISTER_RSR_COMPILATION_TREATMENT_LATE,
                    TASK_REPORT_REGISTER_RSR_COMPILATION_TREATMENT_LATE, END_REGISTER_RSR_COMPILATION_TREATMENT_LATE_REPORTED),
            Step.WORKSHOP, List.of(TIMER_PRIORITISE_INPUT_LATE, TASK_REPORT_PRIORITISE_INPUT_LATE,
                    END_PRIORITISE_INPUT_LATE_REPORTED),
            Step.WRITE_AGENDA, List.of(TIMER_WRITE_AGENDA_LATE, TASK_REPORT_WRITE_AGENDA_LATE,
                    END_WRITE_AGENDA_LATE_REPORTED),
            Step.ADOPTION, List.of(TIMER_REGISTER_ADOPTION_LATE, TASK_REPORT_REGISTER_ADOPTION_LATE,
                    END_REGISTER_ADOPTION_LATE_REPORTED));

    @BeforeEach
    void assertionsOnTheIsolatedEngine() {
        BpmnAwareTests.init(ENGINE);
    }

    @AfterEach
    void resetAssertions() {
        BpmnAwareTests.reset();
    }

    /** The gate: every flow node of every model in {@code bpmn/} was completed by at least one path. */
    @AfterAll
    static void thePathsTogetherCompleteEveryFlowNodeOfEveryModel() throws IOException {
        List<String> gaps = new ArrayList<>();
        for (Path file : IsolatedProcessEngine.models()) {
            BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
            String key = model.getModelElementsByType(Process.class).iterator().next().getId();
            Set<String> nodes = model.getModelElementsByType(FlowNode.class).stream().map(FlowNode::getId)
                    .collect(Collectors.toCollection(TreeSet::new));
            ProcessDefinition definition = ENGINE.getRepositoryService().createProcessDefinitionQuery()
                    .processDefinitionKey(key).latestVersion().singleResult();
            Set<String> passed = ENGINE.getHistoryService().createHistoricActivityInstanceQuery()
                    .processDefinitionId(definition.getId()).finished().list().stream()
                    .filter(activity -> !activity.isCanceled())
                    .map(HistoricActivityInstance::getActivityId)
                    .collect(Collectors.toSet());
            Set<String> missed = new TreeSet<>(nodes);
            missed.removeAll(passed);
            Path report = Path.of("target", "process-test-coverage", key + ".txt");
            Files.createDirectories(report.getParent());
            Files.writeString(report, String.format(Locale.ROOT, "%s: %d of %d flow nodes passed (%.3f)%nnot passed: %s%n",
                    key, nodes.size() - missed.size(), nodes.size(), (double) (nodes.size() - missed.size()) / nodes.size(),
                    missed));
            if (!missed.isEmpty()) {
                gaps.add(key + " " + missed);
            }
        }
        assertThat(gaps).as("flow nodes no path completed").isEmpty();
    }

    /** The main process, {@code paverkansagenda}, with the seed plan's dates. */
    @Nested
    class MainProcess {

        @Test
        void happyPathRunsAllTwelveStepsEachOnItsPlannedDate() {
            IsolatedRun cycle = IsolatedRun.cycle(ENGINE, "HP", List.of("HP-in-1", "HP-in-2"), List.of("HP-co-1"));
            ProcessInstance main = cycle.instance();
            assertThat(main).isWaitingAtExactly(TIMER_DRAFT_PM_START);
            assertThat(cycle.job(TIMER_DRAFT_PM_START).getDuedate()).isEqualTo(startOfDay(LocalDate.of(2020, 4, 7)));

            cycle.at("2020-04-06T23:59");
            assertThat(main).isWaitingAtExactly(TIMER_DRAFT_PM_START);
            cycle.atStartOf(Step.DRAFT_PM);
            assertThat(main).isWaitingAtExactly(TASK_DRAFT_PM);
            assertThat(cycle.task(TASK_DRAFT_PM).getDueDate()).isEqualTo(endOfDay(LocalDate.of(2020, 4, 24)));
            assertThat(cycle.job(TIMER_DRAFT_PM_LATE).getDuedate()).isEqualTo(endOfDay(LocalDate.of(2020, 4, 24)));
            cycle.complete(TASK_DRAFT_PM, pm());
            assertThat(main).hasPassed(GATEWAY_PM_SENT_BACK).isWaitingAtExactly(TIMER_SEND_PLAN_TO_RSR_START);

            cycle.atStartOf(Step.SEND_PLAN_TO_RSR);
            assertThat(CALLS.values(cycle.businessKey(), TASK_SEND_PLAN_TO_RSR, AgendaProcess.NOTIFICATION_TYPE))
                    .containsExactly(NotificationType.PLAN_TO_RSR.name());
            assertThat(main).isWaitingAtExactly(TIMER_PRESIDIUM_REVIEW_START);

            cycle.atStartOf(Step.PRESIDIUM_REVIEW).complete(TASK_REVIEW_PROPOSAL, approve());
            assertThat(main).hasPassed(GATEWAY_PRESIDIUM_APPROVED).isWaitingAtExactly(TIMER_RSR_TREATMENT_START);
            cycle.atStartOf(Step.RSR_TREATMENT).complete(TASK_REGISTER_RSR_TREATMENT, Map.of());
            assertThat(main).isWaitingAtExactly(TIMER_INPUT_ROUND_START);

            cycle.atStartOf(Step.INPUT_ROUND);
            assertThat(CALLS.values(cycle.businessKey(), TASK_OPEN_INPUT_ROUND, AgendaProcess.ROUND_KIND))
                    .containsExactly(RoundKind.INPUT.name());
            assertThat(main).isWaitingAt(CALL_INPUT_ROUND);
            assertThat(CALLS.values(cycle.businessKey(), RequestRoundProcess.Elements.TASK_SEND_REQUEST,
                    RequestRoundProcess.REQUEST_ID)).containsExactlyInAnyOrder("HP-in-1", "HP-in-2");
            assertThat(CALLS.values(cycle.businessKey(), RequestRoundProcess.Elements.TASK_SEND_REQUEST,
                    RequestRoundProcess.ANSWER_DEADLINE)).containsOnly(endOfDay(LocalDate.of(2020, 10, 2)));
            cycle.answer("HP-in-1").answer("HP-in-2");
            // after the round, a job of the main process tells the process owner who did not answer
            assertThat(CALLS.values(cycle.businessKey(), TASK_REPORT_UNANSWERED_INPUT, AgendaProcess.ROUND_KIND))
                    .containsExactly(RoundKind.INPUT.name());
            assertThat(main).isWaitingAtExactly(TIMER_COMPILE_INPUT_START);

            cycle.atStartOf(Step.COMPILE_INPUT);
            assertThat(CALLS.values(cycle.businessKey(), TASK_COMPILE_INPUT_DOCUMENTS, AgendaProcess.ROUND_KIND))
                    .containsExactly(RoundKind.INPUT.name());
            cycle.complete(TASK_COMPILE_INPUT, Map.of());
            assertThat(main).isWaitingAtExactly(TIMER_SEND_COMPILATION_TO_RSR_START);
            cycle.atStartOf(Step.SEND_COMPILATION_TO_RSR);
            assertThat(CALLS.values(cycle.businessKey(), TASK_SEND_COMPILATION_TO_RSR, AgendaProcess.NOTIFICATION_TYPE))
                    .containsExactly(NotificationType.COMPILATION_TO_RSR.name());
            assertThat(main).as("RSR treats the compilation it was sent").isWaitingAtExactly(TASK_REGISTER_RSR_COMPILATION_TREATMENT);
            assertThat(cycle.task(TASK_REGISTER_RSR_COMPILATION_TREATMENT).getDueDate())
                    .isEqualTo(endOfDay(LocalDate.of(2020, 10, 30)));
            assertThat(cycle.job(TIMER_REGISTER_RSR_COMPILATION_TREATMENT_LATE).getDuedate())
                    .isEqualTo(endOfDay(LocalDate.of(2020, 10, 30)));
            cycle.complete(TASK_REGISTER_RSR_COMPILATION_TREATMENT, Map.of());
            assertThat(main).hasPassed(TASK_WRITE_RSR_COMPILATION_MINUTES).isWaitingAtExactly(TIMER_WORKSHOP_START);

            cycle.atStartOf(Step.WORKSHOP).complete(TASK_PRIORITISE_INPUT, Map.of());
            assertThat(main).hasPassed(GATEWAY_AGENDA_WORK_SPLIT, TIMER_WRITE_AGENDA_START)
                    .isWaitingAtExactly(TASK_WRITE_AGENDA, TIMER_INFORM_PARTNERSHIP_START);
            cycle.atStartOf(Step.INFORM_PARTNERSHIP);
            assertThat(main).as("step 10 done beside step 9, waiting for it to join").hasPassed(TASK_INFORM_PARTNERSHIP)
                    .isWaitingAtExactly(TASK_WRITE_AGENDA, GATEWAY_AGENDA_WORK_JOIN);
            assertThat(CALLS.values(cycle.businessKey(), TASK_INFORM_PARTNERSHIP, AgendaProcess.NOTIFICATION_TYPE))
                    .containsExactly(NotificationType.PARTNERSHIP_INFORMATION.name());
            cycle.complete(TASK_WRITE_AGENDA, Map.of());
            assertThat(main).hasPassed(GATEWAY_AGENDA_SENT_BACK, GATEWAY_AGENDA_WORK_JOIN)
                    .isWaitingAtExactly(TIMER_CONSULTATION_START);

            cycle.atStartOf(Step.CONSULTATION);
            assertThat(CALLS.values(cycle.businessKey(), TASK_OPEN_CONSULTATION, AgendaProcess.ROUND_KIND))
                    .containsExactly(RoundKind.CONSULTATION.name());
            assertThat(main).isWaitingAt(CALL_CONSULTATION);
            cycle.answer("HP-co-1");
            assertThat(CALLS.values(cycle.businessKey(), TASK_REPORT_UNANSWERED_CONSULTATION, AgendaProcess.ROUND_KIND))
                    .containsExactly(RoundKind.CONSULTATION.name());
            assertThat(main).isWaitingAtExactly(TIMER_ADOPTION_START);
            cycle.atStartOf(Step.ADOPTION);
            assertThat(CALLS.values(cycle.businessKey(), TASK_COMPILE_STATEMENTS, AgendaProcess.ROUND_KIND))
                    .containsExactly(RoundKind.CONSULTATION.name());
            cycle.complete(TASK_REGISTER_ADOPTION, adopt());

            assertThat(main).isEnded().hasPassedInOrder(START, TIMER_DRAFT_PM_START, GATEWAY_DRAFT_PM_JOIN, TASK_DRAFT_PM,
                    GATEWAY_PM_SENT_BACK, TIMER_SEND_PLAN_TO_RSR_START, TASK_SEND_PLAN_TO_RSR,
                    TIMER_PRESIDIUM_REVIEW_START, GATEWAY_PRESIDIUM_REVIEW_JOIN, TASK_REVIEW_PROPOSAL,
                    TASK_WRITE_PRESIDIUM_MINUTES, GATEWAY_PRESIDIUM_APPROVED, TIMER_RSR_TREATMENT_START, TASK_REGISTER_RSR_TREATMENT,
                    TASK_WRITE_RSR_MINUTES, TIMER_INPUT_ROUND_START, TASK_OPEN_INPUT_ROUND, CALL_INPUT_ROUND, TASK_REPORT_UNANSWERED_INPUT,
                    TIMER_COMPILE_INPUT_START,
                    TASK_COMPILE_INPUT_DOCUMENTS, TASK_COMPILE_INPUT, TIMER_SEND_COMPILATION_TO_RSR_START,
                    TASK_SEND_COMPILATION_TO_RSR, TASK_REGISTER_RSR_COMPILATION_TREATMENT, TASK_WRITE_RSR_COMPILATION_MINUTES,
                    TIMER_WORKSHOP_START, TASK_PRIORITISE_INPUT, GATEWAY_AGENDA_WORK_SPLIT,
                    TASK_WRITE_AGENDA, GATEWAY_AGENDA_SENT_BACK, GATEWAY_AGENDA_WORK_JOIN, TIMER_CONSULTATION_START,
                    TASK_OPEN_CONSULTATION, CALL_CONSULTATION, TASK_REPORT_UNANSWERED_CONSULTATION, TIMER_ADOPTION_START,
                    TASK_COMPILE_STATEMENTS,
                    GATEWAY_ADOPTION_JOIN, TASK_REGISTER_ADOPTION, TASK_WRITE_ADOPTION_MINUTES, GATEWAY_AGENDA_ADOPTED, TASK_WRITE_ADOPTED_AGENDA,
                    TASK_ANNOUNCE_AGENDA, END_ADOPTED);
            assertThat(main).hasNotPassed(lateElements().toArray(String[]::new));
            assertThat(cycle.passes(GATEWAY_DRAFT_PM_JOIN)).as("step 1 once").isOne();
            assertThat(cycle.passes(GATEWAY_PRESIDIUM_REVIEW_JOIN)).as("the presidium once").isOne();
            assertThat(cycle.passes(GATEWAY_WRITE_AGENDA_JOIN)).as("step 9 once").isOne();
            assertThat(cycle.passes(GATEWAY_ADOPTION_JOIN)).as("adoption once").isOne();
            assertThat(CALLS.values(cycle.businessKey(), TASK_ANNOUNCE_AGENDA, AgendaProcess.NOTIFICATION_TYPE))
                    .containsExactly(NotificationType.AGENDA_ADOPTED.name());
            assertThat(listenerCalls(cycle)).containsExactly(
                    "draftPmRules@" + TASK_DRAFT_PM + ":complete",
                    "presidiumReviewRules@" + TASK_REVIEW_PROPOSAL + ":create",
                    "presidiumReviewRules@" + TASK_REVIEW_PROPOSAL + ":complete",
                    "councilDecisionRules@" + TASK_REVIEW_PROPOSAL + ":complete",
                    "rsrTreatmentRules@" + TASK_REGISTER_RSR_TREATMENT + ":create",
                    "rsrTreatmentRules@" + TASK_REGISTER_RSR_TREATMENT + ":complete",
                    "rsrTreatmentRules@" + TASK_REGISTER_RSR_COMPILATION_TREATMENT + ":create",
                    "rsrTreatmentRules@" + TASK_REGISTER_RSR_COMPILATION_TREATMENT + ":complete",
                    "workshopRules@" + TASK_PRIORITISE_INPUT + ":complete",
                    "agendaRules@" + TASK_WRITE_AGENDA + ":complete",
                    "adoptionRules@" + TASK_REGISTER_ADOPTION + ":create",
                    "adoptionRules@" + TASK_REGISTER_ADOPTION + ":complete");
            assertThat(ENGINE.getManagementService().createJobQuery().processInstanceId(main.getId()).count())
                    .as("no timer left once the cycle has ended").isZero();
        }

        @Test
        void presidiumSendsThePmBackToStepOneWhichReturnsStraightToThePresidium() {
            IsolatedRun cycle = IsolatedRun.cycle(ENGINE, "PS", List.of(), List.of());
            ProcessInstance main = cycle.instance();
            cycle.atStartOf(Step.DRAFT_PM).complete(TASK_DRAFT_PM, pm())
                    .atStartOf(Step.PRESIDIUM_REVIEW).complete(TASK_REVIEW_PROPOSAL, Map.of(
                            AgendaProcess.PRESIDIUM_DECISION.name(), AgendaProcess.DECISION_SEND_BACK,
                            AgendaProcess.PRESIDIUM_COMMENT.name(), "Förtydliga kopplingen till RUS"));

            assertThat(main).as("back at step 1").isWaitingAtExactly(TASK_DRAFT_PM)
                    .hasNotPassed(TIMER_RSR_TREATMENT_START);
            cycle.complete(TASK_DRAFT_PM, pm());
            assertThat(main).as("straight back to the presidium, no timer").isWaitingAtExactly(TASK_REVIEW_PROPOSAL);
            cycle.complete(TASK_REVIEW_PROPOSAL, approve());

            assertThat(main).isWaitingAtExactly(TIMER_RSR_TREATMENT_START);
            assertThat(cycle.passes(TASK_DRAFT_PM)).isEqualTo(2);
            assertThat(cycle.passes(GATEWAY_DRAFT_PM_JOIN)).isEqualTo(2);
            assertThat(cycle.passes(GATEWAY_PM_SENT_BACK)).isEqualTo(2);
            assertThat(cycle.passes(GATEWAY_PRESIDIUM_REVIEW_JOIN)).isEqualTo(2);
            assertThat(cycle.passes(TASK_REVIEW_PROPOSAL)).isEqualTo(2);
            assertThat(cycle.passes(TIMER_SEND_PLAN_TO_RSR_START)).isOne();
            assertThat(cycle.passes(TASK_SEND_PLAN_TO_RSR)).as("the plan goes to RSR once").isOne();
            assertThat(cycle.passes(TIMER_PRESIDIUM_REVIEW_START)).isOne();
        }

        @Test
        void adoptionSendsTheAgendaBackToStepNineWhichReturnsStraightToAdoption() {
            IsolatedRun cycle = IsolatedRun.cycle(ENGINE, "AS", List.of("AS-in-1"), List.of("AS-co-1"));
            ProcessInstance main = cycle.instance();
            toAdoption(cycle, "AS-in-1", "AS-co-1");
            cycle.complete(TASK_REGISTER_ADOPTION, Map.of(
                    AgendaProcess.ADOPTION_DECISION.name(), AgendaProcess.DECISION_SEND_BACK,
                    AgendaProcess.ADOPTION_COMMENT.name(), "Prioritera infrastrukturen tydligare"));

            assertThat(main).as("back at step 9").isWaitingAtExactly(TASK_WRITE_AGENDA)
                    .hasNotPassed(TASK_WRITE_ADOPTED_AGENDA, TASK_ANNOUNCE_AGENDA);
            cycle.complete(TASK_WRITE_AGENDA, Map.of());
            assertThat(main).as("straight back to adoption").isWaitingAtExactly(TASK_REGISTER_ADOPTION);
            cycle.complete(TASK_REGISTER_ADOPTION, adopt());

            assertThat(main).isEnded().hasPassed(END_ADOPTED);
            assertThat(cycle.passes(TASK_WRITE_AGENDA)).isEqualTo(2);
            assertThat(cycle.passes(GATEWAY_WRITE_AGENDA_JOIN)).isEqualTo(2);
            assertThat(cycle.passes(GATEWAY_AGENDA_SENT_BACK)).isEqualTo(2);
            assertThat(cycle.passes(GATEWAY_ADOPTION_JOIN)).isEqualTo(2);
            assertThat(cycle.passes(TASK_REGISTER_ADOPTION)).isEqualTo(2);
            assertThat(cycle.passes(GATEWAY_AGENDA_WORK_JOIN)).as("steps 9 and 10 joined once, one token each").isEqualTo(2);
            assertThat(cycle.passes(TASK_INFORM_PARTNERSHIP)).as("LPS is informed once").isOne();
            assertThat(cycle.passes(TASK_OPEN_CONSULTATION)).as("one consultation").isOne();
            assertThat(cycle.passes(TASK_COMPILE_STATEMENTS)).as("the statements compiled once").isOne();
            assertThat(cycle.passes(TASK_WRITE_ADOPTED_AGENDA)).as("only the adopted agenda is written").isOne();
            assertThat(cycle.passes(TASK_ANNOUNCE_AGENDA)).isOne();
        }

        @Test
        void aStepPastItsPlannedEndIsReportedLateOnceAndStaysOpen() {
            IsolatedRun cycle = IsolatedRun.cycle(ENGINE, "LS", List.of(), List.of());
            ProcessInstance main = cycle.instance();
            cycle.atStartOf(Step.DRAFT_PM).at("2020-04-24T23:59:58");
            assertThat(main).isWaitingAtExactly(TASK_DRAFT_PM).hasNotPassed(TIMER_DRAFT_PM_LATE);

            cycle.afterDueOf(Step.DRAFT_PM);
            assertThat(main).as("the late step stays open").isWaitingAtExactly(TASK_DRAFT_PM)
                    .hasPassed(TIMER_DRAFT_PM_LATE, TASK_REPORT_DRAFT_PM_LATE, END_DRAFT_PM_LATE_REPORTED);
            assertThat(CALLS.values(cycle.businessKey(), TASK_REPORT_DRAFT_PM_LATE, AgendaProcess.LATE_STEP))
                    .containsExactly(Step.DRAFT_PM.name());

            cycle.at("2020-04-29T09:00");
            assertThat(cycle.passes(TASK_REPORT_DRAFT_PM_LATE)).as("reported once").isOne();
            cycle.complete(TASK_DRAFT_PM, pm()).atStartOf(Step.PRESIDIUM_REVIEW);
            assertThat(main).isWaitingAtExactly(TASK_REVIEW_PROPOSAL).hasPassed(TASK_SEND_PLAN_TO_RSR);
        }

        @Test
        void everyUserTaskLeftOpenPastItsPlannedEndIsReportedLateWithItsStepAndTheCycleStillEnds() {
            IsolatedRun cycle = IsolatedRun.cycle(ENGINE, "LA", List.of("LA-in-1"), List.of("LA-co-1"));
            ProcessInstance main = cycle.instance();
            cycle.afterDueOf(Step.DRAFT_PM).complete(TASK_DRAFT_PM, pm())
                    .afterDueOf(Step.PRESIDIUM_REVIEW).complete(TASK_REVIEW_PROPOSAL, approve())
                    .afterDueOf(Step.RSR_TREATMENT).complete(TASK_REGISTER_RSR_TREATMENT, Map.of())
                    .atStartOf(Step.INPUT_ROUND).answer("LA-in-1")
                    .afterDueOf(Step.COMPILE_INPUT).complete(TASK_COMPILE_INPUT, Map.of())
                    .afterDueOf(Step.SEND_COMPILATION_TO_RSR).complete(TASK_REGISTER_RSR_COMPILATION_TREATMENT, Map.of())
                    .afterDueOf(Step.WORKSHOP).complete(TASK_PRIORITISE_INPUT, Map.of())
                    .afterDueOf(Step.WRITE_AGENDA).complete(TASK_WRITE_AGENDA, Map.of())
                    .answer("LA-co-1")
                    .afterDueOf(Step.ADOPTION).complete(TASK_REGISTER_ADOPTION, adopt());

            assertThat(main).isEnded().hasPassed(END_ADOPTED).hasPassed(lateElements().toArray(String[]::new));
            LATE_PATHS.forEach((step, path) -> {
                path.forEach(element -> assertThat(cycle.passes(element)).as(element).isOne());
                assertThat(CALLS.values(cycle.businessKey(), path.get(1), AgendaProcess.LATE_STEP)).as(path.get(1))
                        .containsExactly(step.name());
            });
        }

        @Test
        void theSteeringReportGoesOutEachPeriodBesideTheStepsUntilTheCycleEnds() {
            IsolatedRun cycle = IsolatedRun.cycle(ENGINE, "SR", List.of(), List.of());
            ProcessInstance main = cycle.instance();
            cycle.at("2020-05-01T08:59");
            assertThat(main).hasNotPassed(START_STEERING_REPORT_DUE, TASK_SEND_STEERING_REPORT);

            cycle.at("2020-05-01T09:00");
            assertThat(main).hasPassed(SUB_STEERING_REPORT, START_STEERING_REPORT_DUE, TASK_SEND_STEERING_REPORT,
                    END_STEERING_REPORT_SENT).isWaitingAtExactly(TASK_DRAFT_PM);
            cycle.at("2020-06-01T09:00");
            assertThat(CALLS.at(cycle.businessKey(), TASK_SEND_STEERING_REPORT)).as("one a month").hasSize(2);
            assertThat(main).as("the report interrupts nothing").isWaitingAtExactly(TASK_DRAFT_PM);
        }

        @Test
        void aRoundWaitsForItsDeadlineWhileARequestIsUnansweredThenTheNextStepWaitsForItsDate() {
            IsolatedRun cycle = IsolatedRun.cycle(ENGINE, "RC", List.of("RC-in-1", "RC-in-2", "RC-in-3"), List.of());
            ProcessInstance main = cycle.instance();
            toInputRound(cycle).answer("RC-in-1").answer("RC-in-3");
            assertThat(main).as("the round waits for the deadline").isWaitingAt(CALL_INPUT_ROUND)
                    .isNotWaitingAt(TIMER_COMPILE_INPUT_START);

            cycle.at("2020-10-02T23:59:58");
            assertThat(main).isWaitingAt(CALL_INPUT_ROUND).isNotWaitingAt(TIMER_COMPILE_INPUT_START);
            cycle.afterDueOf(Step.INPUT_ROUND);
            assertThat(main).as("compilation waits for its date").isWaitingAtExactly(TIMER_COMPILE_INPUT_START);
            for (String requestId : List.of("RC-in-1", "RC-in-2", "RC-in-3")) {
                boolean answered = !requestId.equals("RC-in-2");
                String request = cycle.requestProcessId(requestId);
                assertThat(cycle.passes(request, RequestRoundProcess.Elements.END_ANSWERED)).as(requestId)
                        .isEqualTo(answered ? 1 : 0);
                assertThat(cycle.passes(request, RequestRoundProcess.Elements.END_UNANSWERED)).as(requestId)
                        .isEqualTo(answered ? 0 : 1);
            }
            cycle.atStartOf(Step.COMPILE_INPUT);
            assertThat(main).isWaitingAtExactly(TASK_COMPILE_INPUT).hasNotPassed(CALL_CONSULTATION);
        }

        private IsolatedRun toInputRound(IsolatedRun cycle) {
            return cycle.atStartOf(Step.DRAFT_PM).complete(TASK_DRAFT_PM, pm())
                    .atStartOf(Step.PRESIDIUM_REVIEW).complete(TASK_REVIEW_PROPOSAL, approve())
                    .atStartOf(Step.RSR_TREATMENT).complete(TASK_REGISTER_RSR_TREATMENT, Map.of())
                    .atStartOf(Step.INPUT_ROUND);
        }

        private void toAdoption(IsolatedRun cycle, String inputRequest, String consultationRequest) {
            toInputRound(cycle).answer(inputRequest)
                    .atStartOf(Step.COMPILE_INPUT).complete(TASK_COMPILE_INPUT, Map.of())
                    .atStartOf(Step.SEND_COMPILATION_TO_RSR).complete(TASK_REGISTER_RSR_COMPILATION_TREATMENT, Map.of())
                    .atStartOf(Step.WORKSHOP).complete(TASK_PRIORITISE_INPUT, Map.of())
                    .complete(TASK_WRITE_AGENDA, Map.of())
                    .atStartOf(Step.CONSULTATION).answer(consultationRequest)
                    .atStartOf(Step.ADOPTION);
        }

        private List<String> listenerCalls(IsolatedRun cycle) {
            return CALLS.of(cycle.businessKey()).stream().filter(c -> c.bean().endsWith("Rules"))
                    .map(c -> c.bean() + "@" + c.elementId() + ":" + c.event()).toList();
        }
    }

    /** One request of a round, {@code requestRound}: answered, unanswered at the deadline, answered late. */
    @Nested
    class RequestRound {

        private static final String DEADLINE = "2020-10-02T23:59:59";

        @Test
        void anAnswerBeforeTheDeadlineEndsTheRequestWithAReceiptAndTheDeadlineNeverFires() {
            IsolatedRun request = request("RQ-A", "RQ-A-1");
            ProcessInstance instance = request.instance();
            assertThat(instance).isWaitingAtExactly(RequestRoundProcess.Elements.TASK_SEND_REQUEST);
            request.runDueJobs();
            assertThat(instance).hasPassed(RequestRoundProcess.Elements.START, RequestRoundProcess.Elements.TASK_SEND_REQUEST)
                    .isWaitingAtExactly(RequestRoundProcess.Elements.TASK_AWAIT_ANSWER);
            assertThat(request.job(RequestRoundProcess.Elements.TIMER_ANSWER_DEADLINE).getDuedate()).isEqualTo(moment(DEADLINE));
            assertThat(CALLS.values("RQ-A", RequestRoundProcess.Elements.TASK_SEND_REQUEST, RequestRoundProcess.REQUEST_ID))
                    .containsExactly("RQ-A-1");

            request.at("2020-06-07T09:00").answer("RQ-A-1");

            assertThat(instance).isEnded().hasPassed(RequestRoundProcess.Elements.TASK_AWAIT_ANSWER,
                            RequestRoundProcess.Elements.GATEWAY_ANSWER_RECEIVED, RequestRoundProcess.Elements.END_ANSWERED,
                            RequestRoundProcess.Elements.TASK_SEND_RECEIPT, RequestRoundProcess.Elements.END_RECEIPT_SENT)
                    .hasNotPassed(RequestRoundProcess.Elements.TIMER_ANSWER_DEADLINE,
                            RequestRoundProcess.Elements.TASK_REGISTER_NO_ANSWER,
                            RequestRoundProcess.Elements.END_UNANSWERED);
            assertThat(CALLS.values("RQ-A", RequestRoundProcess.Elements.TASK_SEND_RECEIPT, RequestRoundProcess.REQUEST_ID))
                    .containsExactly("RQ-A-1");
            request.at("2020-10-03T00:00");
            assertThat(CALLS.at("RQ-A", RequestRoundProcess.Elements.TASK_REGISTER_NO_ANSWER)).isEmpty();
        }

        @Test
        void theDeadlineClosesARequestNobodyAnsweredInTheTimersOwnJob() {
            IsolatedRun request = request("RQ-B", "RQ-B-1").runDueJobs();
            ProcessInstance instance = request.instance();
            request.at("2020-10-02T23:59:58");
            assertThat(instance).isWaitingAtExactly(RequestRoundProcess.Elements.TASK_AWAIT_ANSWER);

            // the deadline's one job: the timer registers the request as unanswered and ends it
            ENGINE.getManagementService().executeJob(request.job(RequestRoundProcess.Elements.TIMER_ANSWER_DEADLINE).getId());

            assertThat(instance).as("no job after the timer's").isEnded().hasPassedInOrder(RequestRoundProcess.Elements.TIMER_ANSWER_DEADLINE,
                            RequestRoundProcess.Elements.TASK_REGISTER_NO_ANSWER,
                            RequestRoundProcess.Elements.END_UNANSWERED)
                    .hasNotPassed(RequestRoundProcess.Elements.GATEWAY_ANSWER_RECEIVED,
                            RequestRoundProcess.Elements.END_ANSWERED, RequestRoundProcess.Elements.TASK_SEND_RECEIPT,
                            RequestRoundProcess.Elements.END_RECEIPT_SENT);
            assertThat(CALLS.values("RQ-B", RequestRoundProcess.Elements.TASK_REGISTER_NO_ANSWER,
                    RequestRoundProcess.REQUEST_ID)).containsExactly("RQ-B-1");
        }

        /**
         * An answer after the deadline closed the request finds no process waiting for it: the application
         * takes it in (when the plan accepts it) and sends the receipt from {@code answerAfterClose}.
         */
        @Test
        void anAnswerAfterTheDeadlineFindsNoRequestWaitingAndGetsItsReceiptFromAProcessOfItsOwn() {
            IsolatedRun request = request("RQ-C", "RQ-C-1").runDueJobs().at("2020-10-03T09:00");
            assertThat(request.instance()).isEnded().hasPassed(RequestRoundProcess.Elements.END_UNANSWERED);
            assertThatThrownBy(() -> request.answer("RQ-C-1"))
                    .isInstanceOf(MismatchingMessageCorrelationException.class);

            IsolatedRun late = IsolatedRun.process(ENGINE, "RQ-C", AnswerAfterCloseProcess.KEY, "2020-10-04T10:00",
                    AnswerAfterCloseProcess.REQUEST_ID.putIn(Variables.createVariables(), "RQ-C-1"));
            assertThat(late.instance()).hasPassed(AnswerAfterCloseProcess.Elements.START)
                    .isWaitingAtExactly(AnswerAfterCloseProcess.Elements.TASK_SEND_RECEIPT);
            assertThat(CALLS.at("RQ-C", AnswerAfterCloseProcess.Elements.TASK_SEND_RECEIPT))
                    .as("the receipt goes out in a job of its own").isEmpty();
            late.runDueJobs();

            assertThat(late.instance()).isEnded().hasPassed(AnswerAfterCloseProcess.Elements.TASK_SEND_RECEIPT,
                    AnswerAfterCloseProcess.Elements.END_RECEIPT_SENT);
            assertThat(CALLS.values("RQ-C", AnswerAfterCloseProcess.Elements.TASK_SEND_RECEIPT,
                    AnswerAfterCloseProcess.REQUEST_ID)).containsExactly("RQ-C-1");
        }

        private IsolatedRun request(String cycleKey, String requestId) {
            VariableMap variables = Variables.createVariables();
            AgendaProcess.CYCLE_KEY.putIn(variables, cycleKey);
            RequestRoundProcess.REQUEST_ID.putIn(variables, requestId);
            RequestRoundProcess.ANSWER_DEADLINE.putIn(variables, moment(DEADLINE));
            return IsolatedRun.process(ENGINE, cycleKey, RequestRoundProcess.KEY, "2020-05-08T09:00", variables);
        }
    }

    /** The reminders of one request, {@code requestReminders}: one per moment the plan gives, then done. */
    @Nested
    class RequestReminders {

        @Test
        void eachPlannedMomentSendsAReminderThenTheProcessEnds() {
            Date first = moment("2020-09-18T00:00");
            Date second = moment("2020-09-29T00:00");
            IsolatedProcessEngine.REMINDERS.plan("RM-A-1", List.of(second));
            IsolatedRun reminders = reminders("RM-A", "RM-A-1", first);
            ProcessInstance instance = reminders.instance();
            assertThat(instance).isWaitingAtExactly(RequestRemindersProcess.Elements.TIMER_REMINDER_DUE);
            assertThat(reminders.job(RequestRemindersProcess.Elements.TIMER_REMINDER_DUE).getDuedate()).isEqualTo(first);

            reminders.at("2020-09-18T09:00");
            assertThat(instance).as("the next moment").isWaitingAtExactly(RequestRemindersProcess.Elements.TIMER_REMINDER_DUE)
                    .hasPassed(RequestRemindersProcess.Elements.TASK_SEND_REMINDER,
                            RequestRemindersProcess.Elements.GATEWAY_MORE_REMINDERS)
                    .hasNotPassed(RequestRemindersProcess.Elements.END_REMINDERS_DONE);
            assertThat(reminders.job(RequestRemindersProcess.Elements.TIMER_REMINDER_DUE).getDuedate()).isEqualTo(second);

            reminders.at("2020-09-29T09:00");
            assertThat(instance).isEnded().hasPassed(RequestRemindersProcess.Elements.END_REMINDERS_DONE);
            assertThat(reminders.passes(RequestRemindersProcess.Elements.GATEWAY_NEXT_REMINDER)).isEqualTo(2);
            assertThat(reminders.passes(RequestRemindersProcess.Elements.TIMER_REMINDER_DUE)).isEqualTo(2);
            assertThat(CALLS.values("RM-A", RequestRemindersProcess.Elements.TASK_SEND_REMINDER,
                    RequestRemindersProcess.NEXT_REMINDER_AT)).containsExactly(first, second);
        }

        @Test
        void aSingleMomentSendsOneReminderAndLoopsNoMore() {
            IsolatedRun reminders = reminders("RM-B", "RM-B-1", moment("2020-09-29T00:00"));
            reminders.at("2020-09-29T09:00");

            assertThat(reminders.instance()).isEnded().hasPassedInOrder(RequestRemindersProcess.Elements.START,
                    RequestRemindersProcess.Elements.GATEWAY_NEXT_REMINDER, RequestRemindersProcess.Elements.TIMER_REMINDER_DUE,
                    RequestRemindersProcess.Elements.TASK_SEND_REMINDER, RequestRemindersProcess.Elements.GATEWAY_MORE_REMINDERS,
                    RequestRemindersProcess.Elements.END_REMINDERS_DONE);
            assertThat(reminders.passes(RequestRemindersProcess.Elements.GATEWAY_NEXT_REMINDER)).as("no loop").isOne();
            assertThat(CALLS.values("RM-B", RequestRemindersProcess.Elements.TASK_SEND_REMINDER,
                    RequestRemindersProcess.REQUEST_ID)).containsExactly("RM-B-1");
        }

        private IsolatedRun reminders(String cycleKey, String requestId, Date first) {
            VariableMap variables = Variables.createVariables();
            RequestRemindersProcess.REQUEST_ID.putIn(variables, requestId);
            RequestRemindersProcess.NEXT_REMINDER_AT.putIn(variables, first);
            return IsolatedRun.process(ENGINE, cycleKey, RequestRemindersProcess.KEY, "2020-05-08T09:00", variables);
        }
    }

    /** The follow-up of the followed cycle's agenda in step 1: when the plan follows a cycle, before the PM; never again after a send-back. */
    @Nested
    class FollowUpOfThePreviousAgenda {

        @Test
        void aCycleThatFollowsAnotherFollowsItsAgendaUpAndSendsTheReportBeforeThePm() {
            IsolatedRun cycle = IsolatedRun.cycle(ENGINE, "FUY", List.of("FUY-in-1"), List.of(), false, 2019);
            ProcessInstance main = cycle.instance();
            cycle.atStartOf(Step.DRAFT_PM);
            assertThat(main).hasPassedInOrder(AgendaProcess.Elements.GATEWAY_FOLLOWS_PREVIOUS_CYCLE)
                    .isWaitingAtExactly(AgendaProcess.Elements.TASK_FOLLOW_UP_PREVIOUS_AGENDA);
            assertThat(cycle.task(AgendaProcess.Elements.TASK_FOLLOW_UP_PREVIOUS_AGENDA).getDueDate())
                    .as("part of step 1: due when the PM is").isEqualTo(endOfDay(LocalDate.of(2020, 4, 24)));
            cycle.complete(AgendaProcess.Elements.TASK_FOLLOW_UP_PREVIOUS_AGENDA, Map.of(
                    AgendaProcess.FOLLOW_UP_SUMMARY.name(), "Två frågor behålls, en avslutas"));
            assertThat(main).hasPassedInOrder(AgendaProcess.Elements.TASK_FOLLOW_UP_PREVIOUS_AGENDA,
                            AgendaProcess.Elements.TASK_SEND_FOLLOW_UP_REPORT, AgendaProcess.Elements.GATEWAY_DRAFT_PM_JOIN)
                    .isWaitingAtExactly(TASK_DRAFT_PM);
            assertThat(CALLS.at(cycle.businessKey(), AgendaProcess.Elements.TASK_SEND_FOLLOW_UP_REPORT)).hasSize(1);
            assertThat(CALLS.of(cycle.businessKey())).as("the follow-up's rule is its complete listener")
                    .anyMatch(call -> call.bean().equals("followUpRules")
                            && call.elementId().equals(AgendaProcess.Elements.TASK_FOLLOW_UP_PREVIOUS_AGENDA)
                            && call.event().equals("complete"));

            cycle.complete(TASK_DRAFT_PM, pm());
            cycle.atStartOf(Step.PRESIDIUM_REVIEW).complete(TASK_REVIEW_PROPOSAL, Map.of(
                    AgendaProcess.PRESIDIUM_DECISION.name(), AgendaProcess.DECISION_SEND_BACK,
                    AgendaProcess.PRESIDIUM_COMMENT.name(), "Förtydliga"));
            assertThat(main).as("a PM sent back is written again, the follow-up is not")
                    .isWaitingAtExactly(TASK_DRAFT_PM);
            assertThat(cycle.task(AgendaProcess.Elements.TASK_FOLLOW_UP_PREVIOUS_AGENDA)).isNull();
            assertThat(CALLS.at(cycle.businessKey(), AgendaProcess.Elements.TASK_SEND_FOLLOW_UP_REPORT)).hasSize(1);
        }

        @Test
        void aFirstCycleStartsWithThePm() {
            IsolatedRun cycle = IsolatedRun.cycle(ENGINE, "FUN", List.of("FUN-in-1"), List.of(), false, null);
            ProcessInstance main = cycle.instance();
            cycle.atStartOf(Step.DRAFT_PM);
            assertThat(main).hasPassedInOrder(AgendaProcess.Elements.GATEWAY_FOLLOWS_PREVIOUS_CYCLE,
                            AgendaProcess.Elements.GATEWAY_DRAFT_PM_JOIN)
                    .hasNotPassed(AgendaProcess.Elements.TASK_FOLLOW_UP_PREVIOUS_AGENDA,
                            AgendaProcess.Elements.TASK_SEND_FOLLOW_UP_REPORT)
                    .isWaitingAtExactly(TASK_DRAFT_PM);
        }
    }

    /** A message written by a request that could not be sent at once: one job sends it again. */
    @Nested
    class MessageRetry {

        @Test
        void theRecordedMessageIsSentAgainInAJobOfItsOwnThenTheProcessEnds() {
            IsolatedRun retry = IsolatedRun.process(ENGINE, "MR-A", MessageRetryProcess.KEY, "2020-05-04T10:00",
                    MessageRetryProcess.NOTIFICATION_ID.putIn(Variables.createVariables(), "message-1"));
            assertThat(retry.instance()).hasPassed(MessageRetryProcess.Elements.START)
                    .isWaitingAtExactly(MessageRetryProcess.Elements.TASK_SEND_MESSAGE);
            assertThat(CALLS.at("MR-A", MessageRetryProcess.Elements.TASK_SEND_MESSAGE))
                    .as("not in the request that wrote it").isEmpty();
            retry.runDueJobs();

            assertThat(retry.instance()).isEnded().hasPassed(MessageRetryProcess.Elements.TASK_SEND_MESSAGE,
                    MessageRetryProcess.Elements.END_MESSAGE_SENT);
            assertThat(CALLS.values("MR-A", MessageRetryProcess.Elements.TASK_SEND_MESSAGE,
                    MessageRetryProcess.NOTIFICATION_ID)).containsExactly("message-1");
        }
    }

    /** The reference groups between step 7 and the workshop: formed when the plan says so, skipped when not. */
    @Nested
    class ReferenceGroups {

        @Test
        void withReferenceGroupsInThePlanTheyAreFormedAndInvitedBeforeTheWorkshop() {
            IsolatedRun cycle = IsolatedRun.cycle(ENGINE, "RGY", List.of("RGY-in-1"), List.of(), true);
            ProcessInstance main = cycle.instance();
            toStepSeven(cycle, "RGY-in-1");
            assertThat(main).as("the seed's period starts with step 7: the groups are formed the same day")
                    .hasPassedInOrder(TASK_SEND_COMPILATION_TO_RSR, TASK_REGISTER_RSR_COMPILATION_TREATMENT,
                            TASK_WRITE_RSR_COMPILATION_MINUTES, AgendaProcess.Elements.GATEWAY_REFERENCE_GROUPS_USED,
                            AgendaProcess.Elements.TIMER_REFERENCE_GROUPS_START)
                    .isWaitingAtExactly(AgendaProcess.Elements.TASK_FORM_REFERENCE_GROUPS);
            assertThat(cycle.task(AgendaProcess.Elements.TASK_FORM_REFERENCE_GROUPS).getDueDate())
                    .isEqualTo(endOfDay(LocalDate.of(2020, 11, 6)));
            cycle.complete(AgendaProcess.Elements.TASK_FORM_REFERENCE_GROUPS, Map.of(
                    AgendaProcess.REFERENCE_GROUPS_SUMMARY.name(), "Två grupper"));
            assertThat(main).hasPassedInOrder(AgendaProcess.Elements.TASK_FORM_REFERENCE_GROUPS,
                            AgendaProcess.Elements.TASK_INVITE_REFERENCE_GROUPS, AgendaProcess.Elements.GATEWAY_REFERENCE_GROUPS_JOIN)
                    .isWaitingAtExactly(TIMER_WORKSHOP_START);
            assertThat(CALLS.at(cycle.businessKey(), AgendaProcess.Elements.TASK_INVITE_REFERENCE_GROUPS)).hasSize(1);
            assertThat(listenerCalls(cycle)).contains(
                    "referenceGroupRules@" + AgendaProcess.Elements.TASK_FORM_REFERENCE_GROUPS + ":complete");

            changed(cycle);
            assertThat(main).as("a change after the invitations interrupts nothing")
                    .hasPassed(AgendaProcess.Elements.SUB_REFERENCE_GROUPS_CHANGED,
                            AgendaProcess.Elements.START_REFERENCE_GROUPS_CHANGED,
                            AgendaProcess.Elements.TASK_SEND_REFERENCE_GROUP_CHANGES,
                            AgendaProcess.Elements.END_REFERENCE_GROUP_CHANGES_SENT)
                    .isWaitingAtExactly(TIMER_WORKSHOP_START);
            changed(cycle);
            assertThat(CALLS.at(cycle.businessKey(), AgendaProcess.Elements.TASK_SEND_REFERENCE_GROUP_CHANGES))
                    .as("each change sent").hasSize(2);

            cycle.atStartOf(Step.WORKSHOP);
            assertThat(main).isWaitingAtExactly(TASK_PRIORITISE_INPUT);
        }

        @Test
        void formingTheGroupsPastThePeriodsEndIsReportedLateOnceAndTheTaskStaysOpen() {
            IsolatedRun cycle = IsolatedRun.cycle(ENGINE, "RGL", List.of("RGL-in-1"), List.of(), true);
            ProcessInstance main = cycle.instance();
            toStepSeven(cycle, "RGL-in-1");
            cycle.at("2020-11-06T23:59:58");
            assertThat(main).isWaitingAtExactly(AgendaProcess.Elements.TASK_FORM_REFERENCE_GROUPS)
                    .hasNotPassed(AgendaProcess.Elements.TIMER_FORM_REFERENCE_GROUPS_LATE);
            assertThat(cycle.job(AgendaProcess.Elements.TIMER_FORM_REFERENCE_GROUPS_LATE).getDuedate())
                    .as("due at the end of the plan's period for the groups").isEqualTo(endOfDay(LocalDate.of(2020, 11, 6)));

            cycle.at("2020-11-07T00:00:01");
            assertThat(main).as("the forming task stays open")
                    .isWaitingAtExactly(AgendaProcess.Elements.TASK_FORM_REFERENCE_GROUPS)
                    .hasPassedInOrder(AgendaProcess.Elements.TIMER_FORM_REFERENCE_GROUPS_LATE,
                            AgendaProcess.Elements.TASK_REPORT_FORM_REFERENCE_GROUPS_LATE,
                            AgendaProcess.Elements.END_FORM_REFERENCE_GROUPS_LATE_REPORTED);
            assertThat(CALLS.values(cycle.businessKey(), AgendaProcess.Elements.TASK_REPORT_FORM_REFERENCE_GROUPS_LATE,
                    AgendaProcess.LATE_STEP)).containsExactly(AgendaProcess.LATE_REFERENCE_GROUPS);

            cycle.at("2020-11-08T09:00");
            assertThat(cycle.passes(AgendaProcess.Elements.TASK_REPORT_FORM_REFERENCE_GROUPS_LATE)).as("reported once")
                    .isOne();
            cycle.complete(AgendaProcess.Elements.TASK_FORM_REFERENCE_GROUPS, Map.of(
                    AgendaProcess.REFERENCE_GROUPS_SUMMARY.name(), "En grupp"));
            assertThat(main).hasPassed(AgendaProcess.Elements.TASK_INVITE_REFERENCE_GROUPS)
                    .isWaitingAtExactly(TIMER_WORKSHOP_START);
        }

        @Test
        void aPeriodStartingAfterStepSevenWaitsForItsDate() {
            IsolatedRun cycle = IsolatedRun.cycle(ENGINE, "RGT", List.of("RGT-in-1"), List.of(), true);
            ProcessInstance main = cycle.instance();
            ENGINE.getRuntimeService().setVariable(main.getId(), AgendaProcess.REFERENCE_GROUPS_START.name(),
                    startOfDay(LocalDate.of(2020, 11, 2)));
            toStepSeven(cycle, "RGT-in-1");
            assertThat(main).isWaitingAtExactly(AgendaProcess.Elements.TIMER_REFERENCE_GROUPS_START);
            assertThat(cycle.job(AgendaProcess.Elements.TIMER_REFERENCE_GROUPS_START).getDuedate())
                    .isEqualTo(startOfDay(LocalDate.of(2020, 11, 2)));
            cycle.at("2020-11-02T09:00");
            assertThat(main).isWaitingAtExactly(AgendaProcess.Elements.TASK_FORM_REFERENCE_GROUPS);
        }

        @Test
        void withoutReferenceGroupsInThePlanTheWorkshopFollowsStepSeven() {
            IsolatedRun cycle = IsolatedRun.cycle(ENGINE, "RGN", List.of("RGN-in-1"), List.of(), false);
            ProcessInstance main = cycle.instance();
            toStepSeven(cycle, "RGN-in-1");
            assertThat(main).hasPassedInOrder(TASK_SEND_COMPILATION_TO_RSR, TASK_WRITE_RSR_COMPILATION_MINUTES,
                            AgendaProcess.Elements.GATEWAY_REFERENCE_GROUPS_USED,
                            AgendaProcess.Elements.GATEWAY_REFERENCE_GROUPS_JOIN)
                    .hasNotPassed(AgendaProcess.Elements.TIMER_REFERENCE_GROUPS_START,
                            AgendaProcess.Elements.TASK_FORM_REFERENCE_GROUPS, AgendaProcess.Elements.TASK_INVITE_REFERENCE_GROUPS)
                    .isWaitingAtExactly(TIMER_WORKSHOP_START);
            cycle.atStartOf(Step.WORKSHOP);
            assertThat(main).isWaitingAtExactly(TASK_PRIORITISE_INPUT);
        }

        private void toStepSeven(IsolatedRun cycle, String inputRequest) {
            cycle.atStartOf(Step.DRAFT_PM).complete(TASK_DRAFT_PM, pm())
                    .atStartOf(Step.PRESIDIUM_REVIEW).complete(TASK_REVIEW_PROPOSAL, approve())
                    .atStartOf(Step.RSR_TREATMENT).complete(TASK_REGISTER_RSR_TREATMENT, Map.of())
                    .atStartOf(Step.INPUT_ROUND).answer(inputRequest)
                    .atStartOf(Step.COMPILE_INPUT).complete(TASK_COMPILE_INPUT, Map.of())
                    .atStartOf(Step.SEND_COMPILATION_TO_RSR).complete(TASK_REGISTER_RSR_COMPILATION_TREATMENT, Map.of());
        }

        private void changed(IsolatedRun cycle) {
            ENGINE.getRuntimeService().createMessageCorrelation(AgendaProcess.MESSAGE_REFERENCE_GROUPS_CHANGED)
                    .processInstanceBusinessKey(cycle.businessKey()).correlateWithResult();
            cycle.runDueJobs();
        }

        private List<String> listenerCalls(IsolatedRun cycle) {
            return CALLS.of(cycle.businessKey()).stream().filter(c -> c.bean().endsWith("Rules"))
                    .map(c -> c.bean() + "@" + c.elementId() + ":" + c.event()).toList();
        }
    }

    static Set<String> lateElements() {
        return LATE_PATHS.values().stream().flatMap(List::stream).collect(Collectors.toCollection(TreeSet::new));
    }

    static Map<String, Object> pm() {
        return Map.of(AgendaProcess.PM_TEXT.name(), "Förslag till struktur för agendan");
    }

    static Map<String, Object> approve() {
        return Map.of(AgendaProcess.PRESIDIUM_DECISION.name(), AgendaProcess.DECISION_APPROVE);
    }

    static Map<String, Object> adopt() {
        return Map.of(AgendaProcess.ADOPTION_DECISION.name(), AgendaProcess.DECISION_ADOPT);
    }
}
