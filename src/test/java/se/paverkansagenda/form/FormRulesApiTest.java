package se.paverkansagenda.form;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.paverkansagenda.ApiClient;
import se.paverkansagenda.IntegrationTest;
import se.paverkansagenda.cycle.CycleService;
import se.paverkansagenda.plan.DefaultPlan;
import se.paverkansagenda.plan.Plan;
import se.paverkansagenda.plan.Step;
import se.paverkansagenda.process.AgendaProcess;
import se.paverkansagenda.process.AgendaProcess.Elements;
import se.paverkansagenda.process.AnswerAfterCloseProcess;
import se.paverkansagenda.process.RequestRemindersProcess;
import se.paverkansagenda.process.RequestRoundProcess;
import se.paverkansagenda.security.IdentitySetup;
import se.paverkansagenda.security.WebappSession;

/**
 * The form rules over the engine REST API: a task completed with values that break a rule is refused
 * with 400 and the rule's Swedish message, and stays open with nothing saved. The configured
 * administrator completes the tasks, logged in with HTTP Basic like any client of the API.
 */
@IntegrationTest
class FormRulesApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OFFICIAL = "tjansteperson";
    private static final String OWNER = "processagare";
    private static final String PRESIDIUM = "presidiet";
    private static final Date LATER = Date.from(Instant.parse("2100-01-01T00:00:00Z"));

    @LocalServerPort
    int port;

    @Value("${camunda.bpm.admin-user.id}")
    String adminUser;

    @Value("${camunda.bpm.admin-user.password}")
    String adminPassword;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    CycleService cycles;

    @Autowired
    HistoryService historyService;

    @Autowired
    ManagementService managementService;

    @Autowired
    ProcessEngineConfigurationImpl engineConfiguration;

    @Autowired
    RepositoryService repositoryService;

    private final List<String> started = new ArrayList<>();

    @AfterEach
    void removeInstances() {
        started.forEach(id -> runtimeService.deleteProcessInstanceIfExists(id, "test", true, true, true, true));
    }

    @Test
    void thePresidiumCannotSendTheProposalBackWithoutSayingWhatToRework() throws Exception {
        String cycleKey = cycles.start(DefaultPlan.yaml().replace("code: JH", "code: FPS"), "processagare").businessKey();
        started.add(cycles.find(cycleKey).processInstanceId());
        VariableMap variables = Variables.createVariables();
        AgendaProcess.CYCLE_KEY.putIn(variables, cycleKey);
        String instance = startAt(Elements.TASK_REVIEW_PROPOSAL, variables);
        Task review = taskAt(instance, Elements.TASK_REVIEW_PROPOSAL);

        HttpResponse<String> refused = complete(review, presidiumDecision(" "));

        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode error = JSON.readTree(refused.body());
        assertThat(error.path("type").asText()).isEqualTo(FormRuleViolation.class.getSimpleName());
        assertThat(error.path("message").asText())
                .isEqualTo("Ett förslag som återsänds behöver en kommentar om vad som ska arbetas om.");
        assertThat(taskService.createTaskQuery().taskId(review.getId()).count()).isEqualTo(1);
        assertThat(runtimeService.getVariable(instance, AgendaProcess.PRESIDIUM_DECISION.name()))
                .isEqualTo(AgendaProcess.DECISION_PENDING);

        HttpResponse<String> accepted = complete(review, presidiumDecision("Förtydliga RUS-kopplingen"));

        assertThat(accepted.statusCode()).isEqualTo(204);
        assertThat(taskService.createTaskQuery().taskId(review.getId()).count()).isZero();
        // the review's minutes are written next, in a job of their own, before the PM goes back to step 1
        assertThat(managementService.createJobQuery().processInstanceId(instance)
                .activityId(Elements.TASK_WRITE_PRESIDIUM_MINUTES).count()).isOne();
    }

    @Test
    void theWorkshopCannotBeCompletedBeforeItsListIsSavedOnTheWorkshopPage() throws Exception {
        String cycleKey = cycles.start(DefaultPlan.yaml().replace("code: JH", "code: FRW"), "processagare").businessKey();
        started.add(cycles.find(cycleKey).processInstanceId());
        VariableMap variables = Variables.createVariables();
        AgendaProcess.CYCLE_KEY.putIn(variables, cycleKey);
        AgendaProcess.PRIORITISED_ISSUE_CAP.putIn(variables, 2);
        String instance = startAt(Elements.TASK_PRIORITISE_INPUT, variables);
        Task workshop = taskAt(instance, Elements.TASK_PRIORITISE_INPUT);

        ObjectNode form = JSON.createObjectNode();
        text(form, "workshopDate", "2020-11-09");
        HttpResponse<String> refused = submitForm(workshop, form);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(refused.body()).path("message").asText())
                .isEqualTo("Workshopen behöver prioritera minst en fråga: spara listan på workshopsidan /api/cykel/"
                        + cycleKey + "/workshop innan uppgiften slutförs.");
        assertThat(taskService.createTaskQuery().taskId(workshop.getId()).count()).isEqualTo(1);
        assertThat(runtimeService.getVariable(instance, AgendaProcess.PRIORITISED_ISSUES.name())).isNull();
    }

    /** A bad submission: what it changes in the valid one, and the variable the refusal must name. */
    record Bad(String what, String field, Consumer<ObjectNode> change) {
        @Override
        public String toString() {
            return what + " (" + field + ")";
        }
    }

    /**
     * One user task: the values of a valid completion, the form's fields one of each kind of mistake is
     * made in, and the message a feature's own rule answers a valid form with when the cycle's work for
     * the step is not done (the workshop's list, the agenda's version), if any.
     */
    record TaskCase(String taskId, Consumer<ObjectNode> valid, String requiredField, Bad wrongType, Bad outsideSet,
                    String featureRule) {
        @Override
        public String toString() {
            return taskId;
        }
    }

    static Stream<TaskCase> everyUserTask() {
        return Stream.of(
                new TaskCase(Elements.TASK_DRAFT_PM, v -> {
                    text(v, "pmTitle", "Kollektivtrafik i inlandet");
                    text(v, "pmItemKind", "POSITION");
                    json(v, "pmRusAreas", "[\"RUS-1\"]");
                    text(v, "pmText", "Texten");
                }, "pmTitle",
                        new Bad("a title that is a number", "pmTitle", v -> typed(v, "pmTitle", 42, "Integer")),
                        new Bad("a RUS area the plan does not have", "pmRusAreas",
                                v -> json(v, "pmRusAreas", "[\"RUS-1\", \"RUS-99\"]")), null),
                new TaskCase(Elements.TASK_REVIEW_PROPOSAL, v -> text(v, "presidiumDecision", "APPROVE"),
                        "presidiumDecision",
                        new Bad("a comment that is true", "presidiumComment", v -> typed(v, "presidiumComment", true, "Boolean")),
                        new Bad("a decision the form does not offer", "presidiumDecision",
                                v -> text(v, "presidiumDecision", "MAYBE")), null),
                new TaskCase(Elements.TASK_REGISTER_RSR_TREATMENT, rsrTreatment("2020-05-04", "§ 12"), "rsrPosition",
                        new Bad("a meeting date that is no date", "rsrMeetingDate",
                                v -> text(v, "rsrMeetingDate", "fjärde maj")),
                        new Bad("an answer the form does not offer", "rsrConsensus",
                                v -> text(v, "rsrConsensus", "KANSKE")), null),
                // RSR's treatment of the compilation (step 7): the same form and rules as step 4
                new TaskCase(Elements.TASK_REGISTER_RSR_COMPILATION_TREATMENT, rsrTreatment("2020-10-30", "§ 41"),
                        "rsrMeetingDate",
                        new Bad("a paragraph in words", "rsrParagraph", v -> text(v, "rsrParagraph", "fyrtioett")),
                        new Bad("a dissent from someone who is no member of RSR", "rsrDissent1Author",
                                v -> text(v, "rsrDissent1Author", "Föreningen Okänd")), null),
                new TaskCase(Elements.TASK_COMPILE_INPUT, v -> text(v, "compilationSummary", "Åtta kommuner svarade."),
                        "compilationSummary",
                        new Bad("a summary that is a list", "compilationSummary",
                                v -> json(v, "compilationSummary", "[\"a\"]")),
                        new Bad("a link that is no web address", "compilationDocumentUrl",
                                v -> text(v, "compilationDocumentUrl", "ftp://fil")), null),
                new TaskCase(Elements.TASK_FORM_REFERENCE_GROUPS, v -> text(v, "referenceGroupsSummary", "Två grupper."),
                        "referenceGroupsSummary",
                        new Bad("a summary that is a number", "referenceGroupsSummary",
                                v -> typed(v, "referenceGroupsSummary", 2, "Integer")),
                        new Bad("a link that is no web address", "referenceGroupsDocumentUrl",
                                v -> text(v, "referenceGroupsDocumentUrl", "grupperna")),
                        "Minst en referensgrupp med medlemmar behöver bildas"),
                new TaskCase(Elements.TASK_FOLLOW_UP_PREVIOUS_AGENDA, v -> text(v, "followUpSummary", "Två frågor behålls."),
                        "followUpSummary",
                        new Bad("a summary that is a number", "followUpSummary",
                                v -> typed(v, "followUpSummary", 2, "Integer")),
                        new Bad("a link that is no web address", "followUpDocumentUrl",
                                v -> text(v, "followUpDocumentUrl", "uppfoljningen")), null),
                new TaskCase(Elements.TASK_PRIORITISE_INPUT, v -> text(v, "workshopDate", "2020-11-09"), "workshopDate",
                        new Bad("a workshop date that is a number", "workshopDate",
                                v -> typed(v, "workshopDate", 20201109, "Integer")),
                        new Bad("a workshop date that is no day", "workshopDate", v -> text(v, "workshopDate", "2020-13-45")),
                        "Workshopen behöver prioritera minst en fråga"),
                new TaskCase(Elements.TASK_WRITE_AGENDA, v -> text(v, "agendaDocumentUrl", "https://region.example/agenda"),
                        null,
                        new Bad("a link that is a number", "agendaDocumentUrl", v -> typed(v, "agendaDocumentUrl", 7, "Integer")),
                        new Bad("a link that is no web address", "agendaDocumentUrl",
                                v -> text(v, "agendaDocumentUrl", "agendan")),
                        "Agendan har ingen sparad version"),
                new TaskCase(Elements.TASK_REGISTER_ADOPTION, v -> {
                    text(v, "adoptionDecision", "SEND_BACK");
                    text(v, "adoptionBody", "REGIONAL_COUNCIL");
                    text(v, "adoptionComment", "Korta avsnitt 2.");
                    typed(v, "adoptionDate", "2021-02-15T00:00:00.000+0100", "Date");
                }, "adoptionBody",
                        new Bad("a paragraph in words", "adoptionParagraph", v -> text(v, "adoptionParagraph", "fyrtiofem")),
                        new Bad("a body the form does not offer", "adoptionBody", v -> text(v, "adoptionBody", "KOMMUNEN")),
                        null));
    }

    /** RSR's treatment form (steps 4 and 7) as its secretary fills it in: a position without consensus, one dissent. */
    private static Consumer<ObjectNode> rsrTreatment(String meetingDate, String paragraph) {
        return v -> {
            text(v, "rsrMeetingDate", meetingDate);
            text(v, "rsrPosition", "Rådet ställer sig bakom förslaget.");
            text(v, "rsrParagraph", paragraph);
            text(v, "rsrConsensus", "NO");
            text(v, "rsrDissent1Author", "Krokoms kommun – Förtroendevald, opposition");
            text(v, "rsrDissent1Opinion", "Vill se fler regionala frågor.");
        };
    }

    /** Every user task, with every kind of mistake in its form: each refused with 400 naming the field, nothing saved. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("everyUserTask")
    void everyUserTaskTakesExactlyItsForm(TaskCase task) throws Exception {
        VariableMap start = Variables.createVariables();
        // a feature's rule reads its cycle, and a send-back moves the redo's dates on the cycle's plan
        if (task.featureRule() != null || List.of(Elements.TASK_REGISTER_RSR_TREATMENT,
                Elements.TASK_REGISTER_RSR_COMPILATION_TREATMENT, Elements.TASK_REVIEW_PROPOSAL,
                Elements.TASK_REGISTER_ADOPTION, Elements.TASK_FOLLOW_UP_PREVIOUS_AGENDA).contains(task.taskId())) {
            String code = switch (task.taskId()) {
                case Elements.TASK_WRITE_AGENDA -> "FCA";
                case Elements.TASK_REGISTER_RSR_TREATMENT -> "FCR";
                case Elements.TASK_REGISTER_RSR_COMPILATION_TREATMENT -> "FCS";
                case Elements.TASK_FORM_REFERENCE_GROUPS -> "FCG";
                case Elements.TASK_FOLLOW_UP_PREVIOUS_AGENDA -> "FCF";
                case Elements.TASK_REVIEW_PROPOSAL -> "FCP";
                case Elements.TASK_REGISTER_ADOPTION -> "FCD";
                default -> "FCW";
            };
            String cycleKey = cycles.start(DefaultPlan.yaml().replace("code: JH", "code: " + code), "processagare")
                    .businessKey();
            started.add(cycles.find(cycleKey).processInstanceId());
            AgendaProcess.CYCLE_KEY.putIn(start, cycleKey);
            AgendaProcess.PRIORITISED_ISSUE_CAP.putIn(start, 2);
        }
        String instance = startAt(task.taskId(), start);
        Task open = taskAt(instance, task.taskId());
        String otherDecision = task.taskId().equals(Elements.TASK_REVIEW_PROPOSAL) ? "adoptionDecision" : "presidiumDecision";
        List<Bad> mistakes = new ArrayList<>(List.of(
                new Bad("an unknown variable", "favouriteColour", v -> text(v, "favouriteColour", "blå")),
                new Bad("a plan date", "sendPlanToRsrStart",
                        v -> typed(v, "sendPlanToRsrStart", "2020-04-08T00:00:00.000+0200", "Date")),
                new Bad("another task's decision", otherDecision, v -> text(v, otherDecision, "APPROVE")),
                task.wrongType(), task.outsideSet()));
        if (task.requiredField() != null) {
            mistakes.add(new Bad("a required field left out", task.requiredField(), v -> v.remove(task.requiredField())));
            mistakes.add(new Bad("a required field left blank", task.requiredField(), v -> text(v, task.requiredField(), " ")));
        }
        Map<String, String> before = snapshot(instance);
        boolean submitForm = false;
        for (Bad mistake : mistakes) {
            ObjectNode variables = JSON.createObjectNode();
            task.valid().accept(variables);
            mistake.change().accept(variables);
            submitForm = !submitForm;
            HttpResponse<String> refused = submitForm ? submitForm(open, variables) : complete(open, variables);

            assertThat(refused.statusCode()).as(mistake.toString()).isEqualTo(400);
            assertThat(JSON.readTree(refused.body()).path("message").asText()).as(mistake.toString())
                    .contains(mistake.field());
            assertThat(taskService.createTaskQuery().taskId(open.getId()).count()).as(mistake.toString()).isEqualTo(1);
            assertThat(snapshot(instance)).as(mistake.toString()).isEqualTo(before);
        }

        ObjectNode valid = JSON.createObjectNode();
        task.valid().accept(valid);
        HttpResponse<String> accepted = complete(open, valid);

        if (task.featureRule() == null) {
            assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(204);
            assertThat(taskService.createTaskQuery().taskId(open.getId()).count()).isZero();
        } else {
            // the form is right; the step's own rule wants the work done on its page first
            assertThat(accepted.statusCode()).isEqualTo(400);
            assertThat(JSON.readTree(accepted.body()).path("message").asText()).startsWith(task.featureRule());
        }
    }

    /** Tasklist submits a task's Camunda Form through the web apps' copy of the engine API: the same contract holds. */
    @Test
    void tasklistsSubmissionTakesExactlyTheForm() throws Exception {
        String instance = startAt(Elements.TASK_REVIEW_PROPOSAL, Variables.createVariables());
        Task review = taskAt(instance, Elements.TASK_REVIEW_PROPOSAL);
        WebappSession tasklist = WebappSession.login(port, PRESIDIUM, IdentitySetup.DEMO_PASSWORD);
        String submit = WebappSession.ENGINE_API + "/task/" + review.getId() + "/submit-form";
        ObjectNode form = JSON.createObjectNode();
        text(form, "presidiumDecision", "APPROVE");
        ObjectNode moved = form.deepCopy();
        typed(moved, "presidiumReviewDue", "2030-01-01T00:00:00.000+0100", "Date");

        HttpResponse<String> refused = tasklist.postJson(submit, JSON.createObjectNode().set("variables", moved).toString());

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(refused.body()).path("message").asText()).contains("presidiumReviewDue");
        assertThat(runtimeService.getVariable(instance, "presidiumReviewDue")).isEqualTo(LATER);
        HttpResponse<String> accepted = tasklist.postJson(submit, JSON.createObjectNode().set("variables", form).toString());
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(204);
    }

    /** A task is held to the form deployed with its process, the one Tasklist renders, not only to the files the application ships. */
    @Test
    void aTaskIsHeldToTheFormDeployedWithItsProcess() throws Exception {
        BpmnModelInstance process = Bpmn.createExecutableProcess("contractProbe").camundaHistoryTimeToLive(1)
                .startEvent().userTask("Task_Probe").name("Prova").camundaFormRef("ProbeForm")
                .camundaFormRefBinding("deployment").camundaCandidateGroups("officials").endEvent().done();
        String form = """
                {"id": "ProbeForm", "type": "default", "schemaVersion": 16, "components": [
                  {"id": "Field_probeNote", "type": "textfield", "key": "probeNote", "label": "Anteckning",
                   "validate": {"required": true, "minLength": 3}}]}
                """;
        String deployment = repositoryService.createDeployment().name("contract-probe")
                .addModelInstance("contractProbe.bpmn", process).addString("ProbeForm.form", form).deploy().getId();
        try {
            String instance = runtimeService.startProcessInstanceByKey("contractProbe").getId();
            Task probe = taskAt(instance, "Task_Probe");
            ObjectNode tooShort = JSON.createObjectNode();
            text(tooShort, "probeNote", "ok");
            ObjectNode right = JSON.createObjectNode();
            text(right, "probeNote", "Anteckningen");

            HttpResponse<String> refused = complete(probe, tooShort);

            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(JSON.readTree(refused.body()).path("message").asText())
                    .isEqualTo("”Anteckning” (probeNote) ska vara minst 3 tecken.");
            assertThat(complete(probe, right).statusCode()).isEqualTo(204);
        } finally {
            repositoryService.deleteDeployment(deployment, true);
        }
    }

    @Test
    void aDateFieldSentAsADateIsKeptAsItsDay() throws Exception {
        String cycleKey = cycles.start(DefaultPlan.yaml().replace("code: JH", "code: FDD"), "processagare").businessKey();
        started.add(cycles.find(cycleKey).processInstanceId());
        VariableMap start = Variables.createVariables();
        AgendaProcess.CYCLE_KEY.putIn(start, cycleKey);
        String instance = startAt(Elements.TASK_REGISTER_RSR_TREATMENT, start);
        ObjectNode variables = JSON.createObjectNode();
        typed(variables, "rsrMeetingDate", "2020-05-04T00:00:00.000+0200", "Date");
        text(variables, "rsrParagraph", "12");
        text(variables, "rsrPosition", "Noterat.");
        text(variables, "rsrConsensus", "YES");

        HttpResponse<String> accepted = complete(taskAt(instance, Elements.TASK_REGISTER_RSR_TREATMENT), variables);

        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(204);
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance)
                .variableName("rsrMeetingDate").singleResult().getValue()).isEqualTo("2020-05-04");
    }

    @Test
    void completingATaskTwiceAnswersThatItIsNoLongerThere() throws Exception {
        String instance = startAt(Elements.TASK_REVIEW_PROPOSAL, Variables.createVariables());
        Task review = taskAt(instance, Elements.TASK_REVIEW_PROPOSAL);
        ObjectNode approve = JSON.createObjectNode();
        text(approve, "presidiumDecision", "APPROVE");
        assertThat(complete(review, approve).statusCode()).isEqualTo(204);

        HttpResponse<String> again = complete(review, approve);

        assertThat(again.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(again.body()).path("message").asText())
                .isEqualTo("Uppgiften finns inte: den är redan slutförd eller borttagen.");
    }

    @Test
    void anOfficialSetsTheFormsFieldsOnATaskButNotThePlansDates() throws Exception {
        String instance = startAt(Elements.TASK_DRAFT_PM, Variables.createVariables());
        Task draft = taskAt(instance, Elements.TASK_DRAFT_PM);
        ApiClient official = ApiClient.as(OFFICIAL, port);
        String task = "/engine-rest/task/" + draft.getId();
        String earlier = "{\"value\": \"2020-04-08T00:00:00.000+0200\", \"type\": \"Date\"}";
        Map<String, String> before = snapshot(instance);

        List<HttpResponse<String>> refused = List.of(
                official.put(task + "/variables/draftPmDue", earlier),
                official.postJson(task + "/variables", "{\"modifications\": {\"sendPlanToRsrStart\": " + earlier + "}}"),
                official.put(task + "/localVariables/presidiumReviewStart", earlier),
                official.postJson(task + "/variables", "{\"deletions\": [\"draftPmStart\"]}"),
                official.put(task + "/variables/presidiumDecision", "{\"value\": \"APPROVE\"}"),
                official.put(task + "/variables/pmItemKind", "{\"value\": \"VET_EJ\"}"));

        assertThat(refused).allSatisfy(response -> {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
            assertThat(JSON.readTree(response.body()).path("message").asText())
                    .containsAnyOf("draftPmDue", "sendPlanToRsrStart", "presidiumReviewStart", "draftPmStart",
                            "presidiumDecision", "pmItemKind");
        });
        assertThat(JSON.readTree(refused.get(0).body()).path("message").asText())
                .isEqualTo("”draftPmDue” är ett av planens datum och ägs av processen: att flytta datumen i en "
                        + "pågående cykel går inte här.");
        assertThat(snapshot(instance)).isEqualTo(before);
        assertThat(official.put(task + "/variables/pmTitle", "{\"value\": \"Ny rubrik\"}").statusCode()).isEqualTo(204);
        assertThat(runtimeService.getVariable(instance, "pmTitle")).isEqualTo("Ny rubrik");
    }

    /** Tasklist's "due date" and {@code PUT /task/{id}} save the whole task: only who and when to follow up may change. */
    @Test
    void savingATaskKeepsItsPlannedEndAndItsNameButTakesAFollowUpDate() throws Exception {
        String instance = startAt(Elements.TASK_DRAFT_PM, Variables.createVariables());
        Task draft = taskAt(instance, Elements.TASK_DRAFT_PM);
        String task = "/engine-rest/task/" + draft.getId();
        ApiClient official = ApiClient.as(OFFICIAL, port);
        ObjectNode stored = (ObjectNode) JSON.readTree(official.get(task).body());
        assertThat(stored.path("due").asText()).isNotEmpty();
        stored.remove("camundaFormRef"); // shown by GET, not taken by PUT

        HttpResponse<String> laterEnd = official.put(task, stored.deepCopy().put("due", "2030-01-01T00:00:00.000+0100").toString());
        HttpResponse<String> noEnd = official.put(task, stored.deepCopy().putNull("due").toString());
        HttpResponse<String> otherName = official.put(task, stored.deepCopy().put("name", "Något annat").toString());
        HttpResponse<String> byAdministrator = ApiClient.as(adminUser, adminPassword, port)
                .put(task, stored.deepCopy().put("due", "2030-01-01T00:00:00.000+0100").toString());

        for (HttpResponse<String> due : List.of(laterEnd, noEnd, byAdministrator)) {
            assertThat(due.statusCode()).as(due.body()).isEqualTo(403);
            assertThat(JSON.readTree(due.body()).path("message").asText()).isEqualTo("Uppgiften ”" + draft.getName()
                    + "” ska vara klar det datum planen säger; planens datum ägs av processen: att flytta datumen "
                    + "i en pågående cykel går inte här.");
        }
        assertThat(otherName.statusCode()).as(otherName.body()).isEqualTo(403);
        assertThat(JSON.readTree(otherName.body()).path("message").asText()).contains("kommer från processmodellen");
        Task unchanged = taskService.createTaskQuery().taskId(draft.getId()).singleResult();
        assertThat(unchanged.getDueDate()).isEqualTo(draft.getDueDate());
        assertThat(unchanged.getName()).isEqualTo(draft.getName());

        HttpResponse<String> followUp = official.put(task, stored.deepCopy()
                .put("followUp", "2020-04-06T00:00:00.000+0200").put("assignee", OFFICIAL).toString());
        assertThat(followUp.statusCode()).as(followUp.body()).isEqualTo(204);
        Task taken = taskService.createTaskQuery().taskId(draft.getId()).singleResult();
        assertThat(taken.getFollowUpDate()).isNotNull();
        assertThat(taken.getAssignee()).isEqualTo(OFFICIAL);
        assertThat(taken.getDueDate()).isEqualTo(draft.getDueDate());
    }

    @Test
    void onlyAnAdministratorChangesTheVariablesOfARunningCycle() throws Exception {
        // no role has the permissions to change variables that UPDATE_INSTANCE no longer implies
        assertThat(engineConfiguration.isEnforceSpecificVariablePermission()).isTrue();
        String instance = startAt(Elements.TASK_DRAFT_PM, Variables.createVariables());
        String earlier = "{\"value\": \"2020-04-08T00:00:00.000+0200\", \"type\": \"Date\"}";
        String modification = "{\"modifications\": {\"draftPmDue\": " + earlier + "}}";
        Map<String, String> before = snapshot(instance);

        for (String user : List.of(OWNER, OFFICIAL)) {
            ApiClient client = ApiClient.as(user, port);
            HttpResponse<String> instanceRoute = client.postJson("/engine-rest/process-instance/" + instance + "/variables",
                    modification);
            HttpResponse<String> executionRoute = client.put("/engine-rest/execution/" + instance
                    + "/localVariables/draftPmDue", earlier);
            assertThat(List.of(instanceRoute, executionRoute)).as(user).allSatisfy(response -> {
                assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
                assertThat(JSON.readTree(response.body()).path("message").asText())
                        .contains("draftPmDue", "att flytta datumen i en pågående cykel går inte här");
            });
        }
        assertThat(snapshot(instance)).isEqualTo(before);
        // reading them is still the process owner's, in Cockpit and its history
        ApiClient owner = ApiClient.as(OWNER, port);
        HttpResponse<String> read = owner.get("/engine-rest/process-instance/" + instance + "/variables");
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        assertThat(JSON.readTree(read.body()).has("draftPmDue")).isTrue();
        assertThat(JSON.readTree(owner.get("/engine-rest/history/variable-instance?processInstanceId=" + instance).body())
                .findValuesAsText("name")).contains("draftPmDue");

        HttpResponse<String> byAdministrator = ApiClient.as(adminUser, adminPassword, port)
                .postJson("/engine-rest/process-instance/" + instance + "/variables", modification);
        assertThat(byAdministrator.statusCode()).as(byAdministrator.body()).isEqualTo(204);
        assertThat(snapshot(instance)).isNotEqualTo(before);
    }

    /**
     * Officials and process owners may update request instances (registering an answer correlates a
     * message as them), but not move a request's deadline, run its timer at once or move its tokens:
     * the deadline is extended on the round's page, which keeps the plan's rules.
     */
    @Test
    void aRequestsDeadlineCannotBeMovedOverTheRestApi() throws Exception {
        VariableMap variables = Variables.createVariables();
        RequestRoundProcess.REQUEST_ID.putIn(variables, "test-request");
        RequestRoundProcess.ANSWER_DEADLINE.putIn(variables, LATER);
        String instance = runtimeService.createProcessInstanceByKey(RequestRoundProcess.KEY).setVariables(variables)
                .startBeforeActivity(RequestRoundProcess.Elements.TASK_AWAIT_ANSWER).execute().getId();
        started.add(instance);
        String timer = managementService.createJobQuery().processInstanceId(instance).singleResult().getId();
        Map<String, String> before = snapshot(instance);

        for (String user : List.of(OFFICIAL, OWNER)) {
            ApiClient client = ApiClient.as(user, port);
            List<HttpResponse<String>> refused = List.of(
                    client.put("/engine-rest/job/" + timer + "/duedate", "{\"duedate\": \"2020-05-09T00:00:00.000+0200\"}"),
                    client.postJson("/engine-rest/job/" + timer + "/execute", ""),
                    client.postJson("/engine-rest/process-instance/" + instance + "/modification",
                            "{\"instructions\": [{\"type\": \"cancel\", \"activityId\": \""
                                    + RequestRoundProcess.Elements.TASK_AWAIT_ANSWER + "\"}]}"),
                    client.postJson("/engine-rest/process-instance/" + instance + "/variables",
                            "{\"modifications\": {\"requestId\": {\"value\": \"another\"}}}"));
            assertThat(refused).as(user).allSatisfy(response -> {
                assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
                assertThat(JSON.readTree(response.body()).path("message").asText())
                        .contains("att flytta datumen i en pågående cykel går inte här");
            });
        }
        // nor answer it behind the application's back: the answer would end the process without being recorded
        for (ApiClient client : List.of(ApiClient.as(OWNER, port), ApiClient.as(adminUser, adminPassword, port))) {
            HttpResponse<String> message = client.postJson("/engine-rest/message", "{\"messageName\": \""
                    + RequestRoundProcess.MESSAGE_ANSWER_RECEIVED + "\", \"processInstanceId\": \"" + instance + "\"}");
            assertThat(message.statusCode()).as(message.body()).isEqualTo(403);
            assertThat(JSON.readTree(message.body()).path("message").asText()).startsWith("Meddelanden och signaler");
        }
        assertThat(snapshot(instance)).isEqualTo(before);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance).count()).isEqualTo(1);
        assertThat(managementService.createJobQuery().jobId(timer).singleResult().getDuedate()).isEqualTo(LATER);
    }

    @Test
    void aTaskGoesOnlyToAMemberOfItsCandidateGroups() throws Exception {
        String instance = startAt(Elements.TASK_REVIEW_PROPOSAL, Variables.createVariables());
        Task review = taskAt(instance, Elements.TASK_REVIEW_PROPOSAL);
        ApiClient admin = ApiClient.as(adminUser, adminPassword, port);
        String task = "/engine-rest/task/" + review.getId();

        List<HttpResponse<String>> refused = List.of(
                admin.postJson(task + "/assignee", "{\"userId\": \"" + OFFICIAL + "\"}"),
                admin.postJson(task + "/claim", "{\"userId\": \"" + OFFICIAL + "\"}"),
                admin.postJson(task + "/delegate", "{\"userId\": \"" + OFFICIAL + "\"}"),
                admin.postJson(task + "/identity-links", "{\"userId\": \"" + OFFICIAL + "\", \"type\": \"assignee\"}"),
                admin.put(task, "{\"name\": \"Granska förslaget\", \"priority\": 50, \"assignee\": \"" + OFFICIAL + "\"}"));

        assertThat(refused).allSatisfy(response -> {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
            assertThat(JSON.readTree(response.body()).path("message").asText())
                    .isEqualTo("Uppgiften ”Granska förslaget” kan bara ges till den som hör till gruppen presidium; ”"
                            + OFFICIAL + "” gör inte det.");
        });
        assertThat(taskService.createTaskQuery().taskId(review.getId()).singleResult().getAssignee()).isNull();
        assertThat(ApiClient.as(PRESIDIUM, port).postJson(task + "/claim", "{\"userId\": \"" + PRESIDIUM + "\"}")
                .statusCode()).isEqualTo(204);
    }

    @Test
    void noProcessIsStartedOverTheRestApi() throws Exception {
        ApiClient admin = ApiClient.as(adminUser, adminPassword, port);
        ApiClient owner = ApiClient.as(OWNER, port);
        List<HttpResponse<String>> refused = new ArrayList<>();
        for (String key : List.of(AgendaProcess.KEY, RequestRoundProcess.KEY, RequestRemindersProcess.KEY,
                AnswerAfterCloseProcess.KEY)) {
            refused.add(admin.postJson("/engine-rest/process-definition/key/" + key + "/start", "{}"));
            refused.add(owner.postJson("/engine-rest/process-definition/key/" + key + "/submit-form", "{}"));
        }
        String definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey(RequestRoundProcess.KEY)
                .latestVersion().singleResult().getId();
        refused.add(owner.postJson("/engine-rest/process-definition/" + definition + "/start", "{}"));
        // Tasklist's "Start process" and Cockpit, through the web apps' copy of the engine API
        refused.add(WebappSession.login(port, OWNER, IdentitySetup.DEMO_PASSWORD).postJson(WebappSession.ENGINE_API
                + "/process-definition/key/" + RequestRoundProcess.KEY + "/submit-form", "{\"variables\": {}}"));
        long instances = runtimeService.createProcessInstanceQuery().count();

        assertThat(refused).allSatisfy(response -> {
            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(JSON.readTree(response.body()).path("message").asText()).contains("POST /api/cycles");
        });
        assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(instances);
    }

    @Test
    void aSerializedJavaValueIsRefusedWithAShortMessage() throws Exception {
        String instance = startAt(Elements.TASK_DRAFT_PM, Variables.createVariables());
        Task draft = taskAt(instance, Elements.TASK_DRAFT_PM);
        String serialized = "{\"value\": \"rO0ABXQABGhlag==\", \"type\": \"Object\", \"valueInfo\": {\"objectTypeName\": "
                + "\"java.lang.String\", \"serializationDataFormat\": \"application/x-java-serialized-object\"}}";

        List<HttpResponse<String>> refused = List.of(
                ApiClient.as(OFFICIAL, port).put("/engine-rest/task/" + draft.getId() + "/variables/pmTitle", serialized),
                ApiClient.as(OFFICIAL, port).postJson("/engine-rest/task/" + draft.getId() + "/complete",
                        "{\"variables\": {\"pmTitle\": " + serialized + "}}"),
                ApiClient.as(adminUser, adminPassword, port).postJson("/engine-rest/process-instance/" + instance
                        + "/variables", "{\"modifications\": {\"pmTitle\": " + serialized + "}}"),
                // a route the engine itself refuses it on
                ApiClient.as(adminUser, adminPassword, port).postJson("/engine-rest/process-instance/" + instance
                        + "/modification", "{\"instructions\": [{\"type\": \"startBeforeActivity\", \"activityId\": \""
                        + Elements.TASK_DRAFT_PM + "\", \"variables\": {\"pmTitle\": " + serialized + "}}]}"));

        assertThat(refused).allSatisfy(response -> {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
            assertThat(JSON.readTree(response.body()).path("message").asText())
                    .startsWith("Serialiserade Java-objekt tas inte emot");
        });
        assertThat(runtimeService.getVariable(instance, "pmTitle")).isNull();
        assertThat(taskService.createTaskQuery().processInstanceId(instance).count()).isEqualTo(1);
    }

    /** A cycle's instance started right at one task, with every step still to come. */
    private String startAt(String taskId, VariableMap variables) {
        for (Step step : Step.values()) {
            AgendaProcess.startOf(step).putIn(variables, LATER);
            AgendaProcess.dueOf(step).putIn(variables, LATER);
        }
        AgendaProcess.PRESIDIUM_DECISION.putIn(variables, AgendaProcess.DECISION_PENDING);
        AgendaProcess.ADOPTION_DECISION.putIn(variables, AgendaProcess.DECISION_PENDING);
        AgendaProcess.STEERING_REPORT_CYCLE.putIn(variables, Plan.SteeringReport.MONTHLY.timeCycle());
        AgendaProcess.REFERENCE_GROUPS_DUE.putIn(variables, LATER);
        if (!variables.containsKey(AgendaProcess.RUS_AREA_OPTIONS.name())) {
            AgendaProcess.RUS_AREA_OPTIONS.putIn(variables,
                    Spin.JSON("[{\"label\": \"Näringsliv\", \"value\": \"RUS-1\"}, {\"label\": \"Kultur\", \"value\": \"RUS-2\"}]"));
        }
        String id = runtimeService.createProcessInstanceByKey(AgendaProcess.KEY).setVariables(variables)
                .startBeforeActivity(taskId).execute().getId();
        started.add(id);
        return id;
    }

    private Task taskAt(String instance, String taskId) {
        return taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey(taskId).singleResult();
    }

    private HttpResponse<String> complete(Task task, ObjectNode variables) {
        return post("/engine-rest/task/" + task.getId() + "/complete", variables);
    }

    /** The call Tasklist makes to complete a task with a Camunda Form. */
    private HttpResponse<String> submitForm(Task task, ObjectNode variables) {
        return post("/engine-rest/task/" + task.getId() + "/submit-form", variables);
    }

    private HttpResponse<String> post(String path, ObjectNode variables) {
        ObjectNode body = JSON.createObjectNode().set("variables", variables);
        return ApiClient.as(adminUser, adminPassword, port).postJson(path, body.toString());
    }

    /** What the review form submits when the presidium sends the proposal back. */
    private static ObjectNode presidiumDecision(String comment) {
        ObjectNode variables = JSON.createObjectNode();
        variables.putObject(AgendaProcess.PRESIDIUM_DECISION.name()).put("value", AgendaProcess.DECISION_SEND_BACK);
        variables.putObject(AgendaProcess.PRESIDIUM_COMMENT.name()).put("value", comment);
        return variables;
    }
    /** The instance's variables as text, to compare before and after. */
    private Map<String, String> snapshot(String instance) {
        Map<String, String> values = new java.util.TreeMap<>();
        runtimeService.getVariables(instance).forEach((name, value) -> values.put(name, String.valueOf(value)));
        return values;
    }

    private static void text(ObjectNode variables, String name, String value) {
        variables.putObject(name).put("value", value);
    }

    private static void json(ObjectNode variables, String name, String json) {
        variables.putObject(name).put("value", json).put("type", "Json");
    }

    private static void typed(ObjectNode variables, String name, Object value, String type) {
        ObjectNode variable = variables.putObject(name);
        variable.putPOJO("value", value);
        variable.put("type", type);
    }
}
