package se.paverkansagenda.process;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.spin.json.SpinJsonNode;
import se.paverkansagenda.plan.Step;

/** The main process, {@code bpmn/paverkansagenda.bpmn}: its key, element ids and variables. */
public final class AgendaProcess {

    public static final String KEY = "paverkansagenda";
    public static final String BPMN_RESOURCE = KEY + ".bpmn";

    public static final ProcessVariable<String> CYCLE_KEY = ProcessVariable.of("cycleKey", String.class);
    /** The cycle as people tell cycles apart, its key and region ("PA-JH-2026 – Region Jämtland Härjedalen"), shown on every task in Tasklist. */
    public static final ProcessVariable<String> CYCLE_LABEL = ProcessVariable.of("cycleLabel", String.class);
    public static final ProcessVariable<String> PRESIDIUM_DECISION = ProcessVariable.of("presidiumDecision", String.class);
    public static final ProcessVariable<String> PRESIDIUM_COMMENT = ProcessVariable.of("presidiumComment", String.class);
    public static final ProcessVariable<String> ADOPTION_DECISION = ProcessVariable.of("adoptionDecision", String.class);
    /** Fields of the task forms ({@code bpmn/*.form}) that the form rules read. */
    public static final ProcessVariable<String> PM_TEXT = ProcessVariable.of("pmText", String.class);
    public static final ProcessVariable<String> PM_DOCUMENT_URL = ProcessVariable.of("pmDocumentUrl", String.class);
    /** The workshop's prioritised issues, a JSON array with one object per issue. */
    public static final ProcessVariable<SpinJsonNode> PRIORITISED_ISSUES = ProcessVariable.of("prioritisedIssues", SpinJsonNode.class);
    /** The deciding body, a value of {@code AdoptionBody}. */
    public static final ProcessVariable<String> ADOPTION_BODY = ProcessVariable.of("adoptionBody", String.class);
    /** The agenda version last saved when step 9 was completed; after adoption, the adopted version. */
    public static final ProcessVariable<Integer> AGENDA_VERSION = ProcessVariable.of("agendaVersion", Integer.class);
    public static final ProcessVariable<String> ADOPTION_PARAGRAPH = ProcessVariable.of("adoptionParagraph", String.class);
    /** The adoption decision's date as the form's date field gives it, {@code yyyy-MM-dd}. */
    public static final ProcessVariable<String> ADOPTION_DATE = ProcessVariable.of("adoptionDate", String.class);
    /** The workshop's date, stored as ÅÅÅÅ-MM-DD text (see form.FormDates); a REST client may send a date value. */
    public static final ProcessVariable<Object> WORKSHOP_DATE = ProcessVariable.of("workshopDate", Object.class);
    public static final ProcessVariable<String> ADOPTION_COMMENT = ProcessVariable.of("adoptionComment", String.class);
    /** The PM's fields that a council's minutes extract repeats (step 1's form). */
    public static final ProcessVariable<String> PM_TITLE = ProcessVariable.of("pmTitle", String.class);
    public static final ProcessVariable<String> PM_ITEM_KIND = ProcessVariable.of("pmItemKind", String.class);
    /** The PM's RUS areas: a JSON array from Tasklist's checklist, or a list or text over the API. */
    public static final ProcessVariable<Object> PM_RUS_AREAS = ProcessVariable.of("pmRusAreas", Object.class);
    /**
     * Fields of RSR's treatments: of the proposal (step 4) and of the compilation of the input (step 7), both
     * registered with the same form. Each treatment's task starts with them empty; what was registered is kept
     * with the councils' decisions.
     */
    public static final ProcessVariable<Object> RSR_MEETING_DATE = ProcessVariable.of("rsrMeetingDate", Object.class);
    public static final ProcessVariable<String> RSR_PARAGRAPH = ProcessVariable.of("rsrParagraph", String.class);
    public static final ProcessVariable<String> RSR_POSITION = ProcessVariable.of("rsrPosition", String.class);
    public static final ProcessVariable<String> RSR_CONSENSUS = ProcessVariable.of("rsrConsensus", String.class);
    /**
     * The form's rows of dissents added to the minutes, in order: whose, and what it says. Rows rather
     * than a dynamic list: Tasklist 7.24's form library leaves a form with an edited list unsendable.
     */
    public static final List<DissentRow> RSR_DISSENT_ROWS = List.of(
            new DissentRow(ProcessVariable.of("rsrDissent1Author", String.class),
                    ProcessVariable.of("rsrDissent1Opinion", String.class)),
            new DissentRow(ProcessVariable.of("rsrDissent2Author", String.class),
                    ProcessVariable.of("rsrDissent2Opinion", String.class)),
            new DissentRow(ProcessVariable.of("rsrDissent3Author", String.class),
                    ProcessVariable.of("rsrDissent3Opinion", String.class)),
            new DissentRow(ProcessVariable.of("rsrDissent4Author", String.class),
                    ProcessVariable.of("rsrDissent4Opinion", String.class)),
            new DissentRow(ProcessVariable.of("rsrDissent5Author", String.class),
                    ProcessVariable.of("rsrDissent5Opinion", String.class)),
            new DissentRow(ProcessVariable.of("rsrDissent6Author", String.class),
                    ProcessVariable.of("rsrDissent6Opinion", String.class)),
            new DissentRow(ProcessVariable.of("rsrDissent7Author", String.class),
                    ProcessVariable.of("rsrDissent7Opinion", String.class)),
            new DissentRow(ProcessVariable.of("rsrDissent8Author", String.class),
                    ProcessVariable.of("rsrDissent8Opinion", String.class)));
    public static final ProcessVariable<String> RSR_NO_DISSENT_NOTE = ProcessVariable.of("rsrNoDissentNote", String.class);
    /**
     * The members a dissent in a decision's form is chosen from, {@code [{"label": ..., "value": ...}]}
     * (the plan's members of the council; see {@code Plan.dissentersOf}): RSR's (steps 4 and 7), the presidium's
     * (step 3) and those of both for the adoption (step 12).
     */
    public static final ProcessVariable<SpinJsonNode> RSR_MEMBER_OPTIONS = ProcessVariable.of("rsrMemberOptions", SpinJsonNode.class);
    public static final ProcessVariable<SpinJsonNode> PRESIDIUM_MEMBER_OPTIONS =
            ProcessVariable.of("presidiumMemberOptions", SpinJsonNode.class);
    public static final ProcessVariable<SpinJsonNode> ADOPTION_MEMBER_OPTIONS =
            ProcessVariable.of("adoptionMemberOptions", SpinJsonNode.class);
    /** The presidium's decision as its minutes record it (step 3); the decision itself is {@link #PRESIDIUM_DECISION}. */
    public static final ProcessVariable<Object> PRESIDIUM_MEETING_DATE = ProcessVariable.of("presidiumMeetingDate", Object.class);
    public static final ProcessVariable<String> PRESIDIUM_PARAGRAPH = ProcessVariable.of("presidiumParagraph", String.class);
    public static final ProcessVariable<String> PRESIDIUM_POSITION = ProcessVariable.of("presidiumPosition", String.class);
    public static final ProcessVariable<String> PRESIDIUM_CONSENSUS = ProcessVariable.of("presidiumConsensus", String.class);
    public static final List<DissentRow> PRESIDIUM_DISSENT_ROWS = dissentRows("presidiumDissent", 4);
    public static final ProcessVariable<String> PRESIDIUM_NO_DISSENT_NOTE = ProcessVariable.of("presidiumNoDissentNote", String.class);
    /** The adoption's decision as its minutes record it (step 12), beside body, date and paragraph. */
    public static final ProcessVariable<String> ADOPTION_POSITION = ProcessVariable.of("adoptionPosition", String.class);
    public static final ProcessVariable<String> ADOPTION_CONSENSUS = ProcessVariable.of("adoptionConsensus", String.class);
    public static final List<DissentRow> ADOPTION_DISSENT_ROWS = dissentRows("adoptionDissent", 4);
    public static final ProcessVariable<String> ADOPTION_NO_DISSENT_NOTE = ProcessVariable.of("adoptionNoDissentNote", String.class);
    public static final ProcessVariable<String> RSR_MINUTES_URL = ProcessVariable.of("rsrMinutesUrl", String.class);
    /** The item RSR treats, as the treatment form's heading names it: the PM (step 4) or the compilation (step 7). */
    public static final ProcessVariable<String> RSR_ITEM = ProcessVariable.of("rsrItem", String.class);
    public static final String CONSENSUS_YES = "YES";
    public static final String CONSENSUS_NO = "NO";
    /** Fields of the compilation and agenda forms that the step messages pass on. */
    public static final ProcessVariable<String> COMPILATION_SUMMARY = ProcessVariable.of("compilationSummary", String.class);
    public static final ProcessVariable<String> COMPILATION_DOCUMENT_URL = ProcessVariable.of("compilationDocumentUrl", String.class);
    public static final ProcessVariable<String> AGENDA_DOCUMENT_URL = ProcessVariable.of("agendaDocumentUrl", String.class);
    /**
     * The stored compilations the forms link to, a JSON array of {@code {"label": ..., "url": ...}} with
     * relative download addresses: of the input (steps 6 to 8) and of the consultation (step 12).
     */
    public static final ProcessVariable<SpinJsonNode> INPUT_COMPILATION_DOCUMENTS =
            ProcessVariable.of("inputCompilationDocuments", SpinJsonNode.class);
    public static final ProcessVariable<SpinJsonNode> CONSULTATION_COMPILATION_DOCUMENTS =
            ProcessVariable.of("consultationCompilationDocuments", SpinJsonNode.class);
    /** The plan's RUS areas as form options, {@code [{"label": ..., "value": ...}]}. */
    public static final ProcessVariable<SpinJsonNode> RUS_AREA_OPTIONS = ProcessVariable.of("rusAreaOptions", SpinJsonNode.class);
    /** The plan's cap on the number of issues the workshop may prioritise. */
    public static final ProcessVariable<Integer> PRIORITISED_ISSUE_CAP = ProcessVariable.of("prioritisedIssueCap", Integer.class);
    /**
     * The time cycle of the steering group's report, from the plan's period: {@code R/P1M} sends one
     * a month after the cycle started, and on each month after that, until the cycle ends.
     */
    public static final ProcessVariable<String> STEERING_REPORT_CYCLE = ProcessVariable.of("steeringReportCycle", String.class);
    /**
     * Reference groups (seed 002), between the compilation and the workshop: whether the plan forms them,
     * when their period starts (a timer waits for it) and is due (the forming task's due date), and the
     * fields of their task's form. Groups, members and advice are kept by the feature, not as variables.
     */
    public static final ProcessVariable<Boolean> REFERENCE_GROUPS_USED = ProcessVariable.of("referenceGroupsUsed", Boolean.class);
    public static final ProcessVariable<Date> REFERENCE_GROUPS_START = ProcessVariable.of("referenceGroupsStart", Date.class);
    public static final ProcessVariable<Date> REFERENCE_GROUPS_DUE = ProcessVariable.of("referenceGroupsDue", Date.class);
    public static final ProcessVariable<String> REFERENCE_GROUPS_SUMMARY = ProcessVariable.of("referenceGroupsSummary", String.class);
    public static final ProcessVariable<String> REFERENCE_GROUPS_DOCUMENT_URL =
            ProcessVariable.of("referenceGroupsDocumentUrl", String.class);
    /**
     * The reference groups' work between steps 7 and 8, which is no step of the plan's twelve: the value of
     * {@link #LATE_STEP} when its forming task is late, and its elements in the order they run (the stage
     * views show it as a stage of its own, judged against the plan's period for the groups).
     */
    public static final String LATE_REFERENCE_GROUPS = "REFERENCE_GROUPS";
    public static final List<String> REFERENCE_GROUP_ELEMENTS =
            List.of(Elements.TASK_FORM_REFERENCE_GROUPS, Elements.TASK_INVITE_REFERENCE_GROUPS);
    /** The message that sends the changed and cancelled invitations of groups already invited. */
    public static final String MESSAGE_REFERENCE_GROUPS_CHANGED = "ReferenceGroupsChanged";
    /**
     * The follow-up of the agenda a cycle follows (plan field {@code follows}), in step 1 before the PM: whether
     * the cycle follows one (the gateway's condition, set when the cycle starts) and the follow-up task's field.
     * The follow-up of each issue is kept by the feature, not as variables.
     */
    public static final ProcessVariable<Boolean> FOLLOWS_PREVIOUS_CYCLE = ProcessVariable.of("followsPreviousCycle", Boolean.class);
    public static final ProcessVariable<String> FOLLOW_UP_SUMMARY = ProcessVariable.of("followUpSummary", String.class);
    public static final ProcessVariable<String> FOLLOW_UP_DOCUMENT_URL = ProcessVariable.of("followUpDocumentUrl", String.class);
    /** Local input of the late-step tasks: which {@link Step} is late. */
    public static final ProcessVariable<String> LATE_STEP = ProcessVariable.of("lateStep", String.class);
    /** Local input of the notification tasks: which {@code NotificationType} to send. */
    public static final ProcessVariable<String> NOTIFICATION_TYPE = ProcessVariable.of("notificationType", String.class);
    /** Local input of the tasks that open a round: which {@code RoundKind}. */
    public static final ProcessVariable<String> ROUND_KIND = ProcessVariable.of("roundKind", String.class);

    /**
     * The plan's dates of each step, set when the cycle starts: {@code …_START} is the moment the step may
     * start (a timer waits for it), {@code …_DUE} the moment it is due (the task's due date; late after it).
     */
    public static final ProcessVariable<Date> DRAFT_PM_START = ProcessVariable.of("draftPmStart", Date.class);
    public static final ProcessVariable<Date> DRAFT_PM_DUE = ProcessVariable.of("draftPmDue", Date.class);
    public static final ProcessVariable<Date> SEND_PLAN_TO_RSR_START = ProcessVariable.of("sendPlanToRsrStart", Date.class);
    public static final ProcessVariable<Date> SEND_PLAN_TO_RSR_DUE = ProcessVariable.of("sendPlanToRsrDue", Date.class);
    public static final ProcessVariable<Date> PRESIDIUM_REVIEW_START = ProcessVariable.of("presidiumReviewStart", Date.class);
    public static final ProcessVariable<Date> PRESIDIUM_REVIEW_DUE = ProcessVariable.of("presidiumReviewDue", Date.class);
    public static final ProcessVariable<Date> RSR_TREATMENT_START = ProcessVariable.of("rsrTreatmentStart", Date.class);
    public static final ProcessVariable<Date> RSR_TREATMENT_DUE = ProcessVariable.of("rsrTreatmentDue", Date.class);
    public static final ProcessVariable<Date> INPUT_ROUND_START = ProcessVariable.of("inputRoundStart", Date.class);
    public static final ProcessVariable<Date> INPUT_ROUND_DUE = ProcessVariable.of("inputRoundDue", Date.class);
    public static final ProcessVariable<Date> COMPILE_INPUT_START = ProcessVariable.of("compileInputStart", Date.class);
    public static final ProcessVariable<Date> COMPILE_INPUT_DUE = ProcessVariable.of("compileInputDue", Date.class);
    public static final ProcessVariable<Date> SEND_COMPILATION_TO_RSR_START = ProcessVariable.of("sendCompilationToRsrStart", Date.class);
    public static final ProcessVariable<Date> SEND_COMPILATION_TO_RSR_DUE = ProcessVariable.of("sendCompilationToRsrDue", Date.class);
    public static final ProcessVariable<Date> WORKSHOP_START = ProcessVariable.of("workshopStart", Date.class);
    public static final ProcessVariable<Date> WORKSHOP_DUE = ProcessVariable.of("workshopDue", Date.class);
    public static final ProcessVariable<Date> WRITE_AGENDA_START = ProcessVariable.of("writeAgendaStart", Date.class);
    public static final ProcessVariable<Date> WRITE_AGENDA_DUE = ProcessVariable.of("writeAgendaDue", Date.class);
    public static final ProcessVariable<Date> INFORM_PARTNERSHIP_START = ProcessVariable.of("informPartnershipStart", Date.class);
    public static final ProcessVariable<Date> INFORM_PARTNERSHIP_DUE = ProcessVariable.of("informPartnershipDue", Date.class);
    public static final ProcessVariable<Date> CONSULTATION_START = ProcessVariable.of("consultationStart", Date.class);
    public static final ProcessVariable<Date> CONSULTATION_DUE = ProcessVariable.of("consultationDue", Date.class);
    public static final ProcessVariable<Date> ADOPTION_START = ProcessVariable.of("adoptionStart", Date.class);
    public static final ProcessVariable<Date> ADOPTION_DUE = ProcessVariable.of("adoptionDue", Date.class);

    /** Values of {@link #PRESIDIUM_DECISION} and {@link #ADOPTION_DECISION}. */
    public static final String DECISION_PENDING = "PENDING";
    public static final String DECISION_APPROVE = "APPROVE";
    public static final String DECISION_ADOPT = "ADOPT";
    public static final String DECISION_SEND_BACK = "SEND_BACK";

    private AgendaProcess() {
    }

    /** The moment a step may start: a timer waits for it. */
    public static ProcessVariable<Date> startOf(Step step) {
        return switch (step) {
            case DRAFT_PM -> DRAFT_PM_START;
            case SEND_PLAN_TO_RSR -> SEND_PLAN_TO_RSR_START;
            case PRESIDIUM_REVIEW -> PRESIDIUM_REVIEW_START;
            case RSR_TREATMENT -> RSR_TREATMENT_START;
            case INPUT_ROUND -> INPUT_ROUND_START;
            case COMPILE_INPUT -> COMPILE_INPUT_START;
            case SEND_COMPILATION_TO_RSR -> SEND_COMPILATION_TO_RSR_START;
            case WORKSHOP -> WORKSHOP_START;
            case WRITE_AGENDA -> WRITE_AGENDA_START;
            case INFORM_PARTNERSHIP -> INFORM_PARTNERSHIP_START;
            case CONSULTATION -> CONSULTATION_START;
            case ADOPTION -> ADOPTION_START;
        };
    }

    /** The moment a step is due: the task's due date, and the step is late after it. */
    public static ProcessVariable<Date> dueOf(Step step) {
        return switch (step) {
            case DRAFT_PM -> DRAFT_PM_DUE;
            case SEND_PLAN_TO_RSR -> SEND_PLAN_TO_RSR_DUE;
            case PRESIDIUM_REVIEW -> PRESIDIUM_REVIEW_DUE;
            case RSR_TREATMENT -> RSR_TREATMENT_DUE;
            case INPUT_ROUND -> INPUT_ROUND_DUE;
            case COMPILE_INPUT -> COMPILE_INPUT_DUE;
            case SEND_COMPILATION_TO_RSR -> SEND_COMPILATION_TO_RSR_DUE;
            case WORKSHOP -> WORKSHOP_DUE;
            case WRITE_AGENDA -> WRITE_AGENDA_DUE;
            case INFORM_PARTNERSHIP -> INFORM_PARTNERSHIP_DUE;
            case CONSULTATION -> CONSULTATION_DUE;
            case ADOPTION -> ADOPTION_DUE;
        };
    }

    /**
     * The elements whose activity instances are the step's work, in the order they run: the step has
     * started when the first of them starts and is done when the last of them has ended. The timers
     * that wait for a step's date are not part of it.
     */
    public static List<String> elementsOf(Step step) {
        return switch (step) {
            case DRAFT_PM -> List.of(Elements.TASK_DRAFT_PM);
            case SEND_PLAN_TO_RSR -> List.of(Elements.TASK_SEND_PLAN_TO_RSR);
            case PRESIDIUM_REVIEW -> List.of(Elements.TASK_REVIEW_PROPOSAL, Elements.TASK_WRITE_PRESIDIUM_MINUTES);
            case RSR_TREATMENT -> List.of(Elements.TASK_REGISTER_RSR_TREATMENT, Elements.TASK_WRITE_RSR_MINUTES);
            case INPUT_ROUND -> List.of(Elements.TASK_OPEN_INPUT_ROUND, Elements.CALL_INPUT_ROUND);
            case COMPILE_INPUT -> List.of(Elements.TASK_COMPILE_INPUT);
            case SEND_COMPILATION_TO_RSR -> List.of(Elements.TASK_SEND_COMPILATION_TO_RSR,
                    Elements.TASK_REGISTER_RSR_COMPILATION_TREATMENT, Elements.TASK_WRITE_RSR_COMPILATION_MINUTES);
            case WORKSHOP -> List.of(Elements.TASK_PRIORITISE_INPUT);
            case WRITE_AGENDA -> List.of(Elements.TASK_WRITE_AGENDA);
            case INFORM_PARTNERSHIP -> List.of(Elements.TASK_INFORM_PARTNERSHIP);
            case CONSULTATION -> List.of(Elements.TASK_OPEN_CONSULTATION, Elements.CALL_CONSULTATION);
            case ADOPTION -> List.of(Elements.TASK_REGISTER_ADOPTION, Elements.TASK_WRITE_ADOPTION_MINUTES,
                    Elements.TASK_WRITE_ADOPTED_AGENDA,
                    Elements.TASK_ANNOUNCE_AGENDA);
        };
    }

    /**
     * Work that opens a step once, before its first pass, when the cycle has it: the follow-up of the agenda
     * a cycle follows, and the sending of its report, open step 1. A send-back repeats the step's own
     * elements ({@link #elementsOf}) and not these.
     */
    public static List<String> leadOf(Step step) {
        return step == Step.DRAFT_PM
                ? List.of(Elements.TASK_FOLLOW_UP_PREVIOUS_AGENDA, Elements.TASK_SEND_FOLLOW_UP_REPORT)
                : List.of();
    }

    /**
     * The step a decision sends the work back to, for the two steps that may: the presidium sends the
     * PM back to step 1, adoption sends the agenda back to step 9. The sending step then runs again.
     */
    public static Optional<Step> sendsBackTo(Step step) {
        return switch (step) {
            case PRESIDIUM_REVIEW -> Optional.of(Step.DRAFT_PM);
            case ADOPTION -> Optional.of(Step.WRITE_AGENDA);
            default -> Optional.empty();
        };
    }

    /** The variable a deciding step's send-back states its reasons in (steps 3 and 12). */
    public static ProcessVariable<String> sendBackCommentOf(Step step) {
        return switch (step) {
            case PRESIDIUM_REVIEW -> PRESIDIUM_COMMENT;
            case ADOPTION -> ADOPTION_COMMENT;
            default -> throw new IllegalArgumentException("Step " + step + " sends nothing back");
        };
    }

    /**
     * The elements that end a round's time for answers once the cycle has reached them: the timer that
     * waits for the start of the step after the round, and that step's first work (its compilation).
     * A round's requests take no answer once one of them has been reached, whatever the dates say.
     */
    public static List<String> roundClosedBy(Step nextStep) {
        return switch (nextStep) {
            case COMPILE_INPUT -> List.of(Elements.TIMER_COMPILE_INPUT_START, Elements.TASK_COMPILE_INPUT_DOCUMENTS);
            case ADOPTION -> List.of(Elements.TIMER_ADOPTION_START, Elements.TASK_COMPILE_STATEMENTS);
            default -> throw new IllegalArgumentException("No round ends at step " + nextStep);
        };
    }

    /** The step whose decision a minutes task writes the extract of: its user task comes right before it. */
    public static Step minutesStepOf(String elementId) {
        return switch (elementId) {
            case Elements.TASK_WRITE_PRESIDIUM_MINUTES -> Step.PRESIDIUM_REVIEW;
            case Elements.TASK_WRITE_RSR_MINUTES -> Step.RSR_TREATMENT;
            case Elements.TASK_WRITE_RSR_COMPILATION_MINUTES -> Step.SEND_COMPILATION_TO_RSR;
            case Elements.TASK_WRITE_ADOPTION_MINUTES -> Step.ADOPTION;
            default -> throw new IllegalArgumentException("No minutes are written at " + elementId);
        };
    }

    /**
     * The step whose treatment by RSR a task registers: the proposal at step 4, the compilation of the
     * input at step 7. Both tasks use RSR's treatment form.
     */
    public static Step rsrTreatmentStepOf(String elementId) {
        return switch (elementId) {
            case Elements.TASK_REGISTER_RSR_TREATMENT -> Step.RSR_TREATMENT;
            case Elements.TASK_REGISTER_RSR_COMPILATION_TREATMENT -> Step.SEND_COMPILATION_TO_RSR;
            default -> throw new IllegalArgumentException("RSR's treatment is not registered at " + elementId);
        };
    }

    /** One row of dissent fields in a council's treatment form. */
    public record DissentRow(ProcessVariable<String> author, ProcessVariable<String> opinion) {
    }

    /** The rows {@code <prefix>1Author}, {@code <prefix>1Opinion} … {@code <prefix><count>Opinion}. */
    private static List<DissentRow> dissentRows(String prefix, int count) {
        List<DissentRow> rows = new ArrayList<>();
        for (int row = 1; row <= count; row++) {
            rows.add(new DissentRow(ProcessVariable.of(prefix + row + "Author", String.class),
                    ProcessVariable.of(prefix + row + "Opinion", String.class)));
        }
        return List.copyOf(rows);
    }

    /** Element ids. */
    public static final class Elements {
        public static final String START = "StartEvent_CycleStarted";
        public static final String END_ADOPTED = "End_AgendaAdopted";
        public static final String TIMER_DRAFT_PM_START = "Timer_DraftPmStart";
        public static final String TIMER_COMPILE_INPUT_START = "Timer_CompileInputStart";
        public static final String TIMER_PRESIDIUM_REVIEW_START = "Timer_PresidiumReviewStart";
        public static final String TIMER_INFORM_PARTNERSHIP_START = "Timer_InformPartnershipStart";
        public static final String TASK_DRAFT_PM = "Task_DraftPm";
        public static final String TASK_SEND_PLAN_TO_RSR = "Task_SendPlanToRsr";
        public static final String TASK_REVIEW_PROPOSAL = "Task_ReviewProposal";
        public static final String TASK_WRITE_PRESIDIUM_MINUTES = "Task_WritePresidiumMinutes";
        public static final String TASK_REGISTER_RSR_TREATMENT = "Task_RegisterRsrTreatment";
        public static final String TASK_WRITE_RSR_MINUTES = "Task_WriteRsrMinutes";
        public static final String TASK_OPEN_INPUT_ROUND = "Task_OpenInputRound";
        public static final String CALL_INPUT_ROUND = "CallActivity_InputRound";
        /** After the input round: one message to the process owner listing the municipalities that did not answer. */
        public static final String TASK_REPORT_UNANSWERED_INPUT = "Task_ReportUnansweredInput";
        public static final String TASK_COMPILE_INPUT_DOCUMENTS = "Task_CompileInputDocuments";
        public static final String TASK_COMPILE_INPUT = "Task_CompileInput";
        public static final String TASK_SEND_COMPILATION_TO_RSR = "Task_SendCompilationToRsr";
        /** RSR's second treatment, of the compilation sent to it at step 7, and its minutes extract. */
        public static final String TASK_REGISTER_RSR_COMPILATION_TREATMENT = "Task_RegisterRsrCompilationTreatment";
        public static final String TASK_WRITE_RSR_COMPILATION_MINUTES = "Task_WriteRsrCompilationMinutes";
        public static final String TASK_PRIORITISE_INPUT = "Task_PrioritiseInput";
        public static final String TASK_WRITE_AGENDA = "Task_WriteAgenda";
        public static final String TASK_INFORM_PARTNERSHIP = "Task_InformPartnership";
        public static final String TASK_OPEN_CONSULTATION = "Task_OpenConsultation";
        public static final String CALL_CONSULTATION = "CallActivity_Consultation";
        /** After the consultation: one message to the process owner listing the organisations that did not answer. */
        public static final String TASK_REPORT_UNANSWERED_CONSULTATION = "Task_ReportUnansweredConsultation";
        public static final String TASK_COMPILE_STATEMENTS = "Task_CompileStatements";
        public static final String TASK_REGISTER_ADOPTION = "Task_RegisterAdoption";
        public static final String TASK_WRITE_ADOPTION_MINUTES = "Task_WriteAdoptionMinutes";
        public static final String TASK_WRITE_ADOPTED_AGENDA = "Task_WriteAdoptedAgenda";
        public static final String TASK_ANNOUNCE_AGENDA = "Task_AnnounceAgenda";
        public static final String GATEWAY_PM_SENT_BACK = "Gateway_PmSentBack";
        /** The flows that send the work back: the presidium's to step 1, the adoption's to step 9. */
        public static final String FLOW_PRESIDIUM_SENDS_BACK = "Flow_PresidiumApproved_DraftPmJoin";
        public static final String FLOW_ADOPTION_SENDS_BACK = "Flow_AgendaAdopted_WriteAgendaJoin";
        public static final String GATEWAY_PRESIDIUM_APPROVED = "Gateway_PresidiumApproved";
        public static final String GATEWAY_AGENDA_SENT_BACK = "Gateway_AgendaSentBack";
        public static final String GATEWAY_AGENDA_ADOPTED = "Gateway_AgendaAdopted";
        public static final String TIMER_DRAFT_PM_LATE = "Timer_DraftPmLate";
        public static final String TASK_REPORT_DRAFT_PM_LATE = "Task_ReportDraftPmLate";
        public static final String TASK_REPORT_WRITE_AGENDA_LATE = "Task_ReportWriteAgendaLate";
        public static final String SUB_STEERING_REPORT = "SubProcess_SteeringReport";
        public static final String START_STEERING_REPORT_DUE = "StartEvent_SteeringReportDue";
        public static final String TASK_SEND_STEERING_REPORT = "Task_SendSteeringReport";
        public static final String END_STEERING_REPORT_SENT = "End_SteeringReportSent";
        public static final String GATEWAY_DRAFT_PM_JOIN = "Gateway_DraftPmJoin";
        public static final String TIMER_SEND_PLAN_TO_RSR_START = "Timer_SendPlanToRsrStart";
        public static final String GATEWAY_PRESIDIUM_REVIEW_JOIN = "Gateway_PresidiumReviewJoin";
        public static final String TIMER_RSR_TREATMENT_START = "Timer_RsrTreatmentStart";
        public static final String TIMER_INPUT_ROUND_START = "Timer_InputRoundStart";
        public static final String TIMER_SEND_COMPILATION_TO_RSR_START = "Timer_SendCompilationToRsrStart";
        public static final String TIMER_WORKSHOP_START = "Timer_WorkshopStart";
        public static final String GATEWAY_AGENDA_WORK_SPLIT = "Gateway_AgendaWorkSplit";
        public static final String TIMER_WRITE_AGENDA_START = "Timer_WriteAgendaStart";
        public static final String GATEWAY_WRITE_AGENDA_JOIN = "Gateway_WriteAgendaJoin";
        public static final String GATEWAY_AGENDA_WORK_JOIN = "Gateway_AgendaWorkJoin";
        public static final String TIMER_CONSULTATION_START = "Timer_ConsultationStart";
        public static final String TIMER_ADOPTION_START = "Timer_AdoptionStart";
        public static final String GATEWAY_ADOPTION_JOIN = "Gateway_AdoptionJoin";
        /** The late-step path of each user task: the non-interrupting timer at its due date, the report, its end. */
        public static final String END_DRAFT_PM_LATE_REPORTED = "End_DraftPmLateReported";
        public static final String TIMER_REVIEW_PROPOSAL_LATE = "Timer_ReviewProposalLate";
        public static final String TASK_REPORT_REVIEW_PROPOSAL_LATE = "Task_ReportReviewProposalLate";
        public static final String END_REVIEW_PROPOSAL_LATE_REPORTED = "End_ReviewProposalLateReported";
        public static final String TIMER_REGISTER_RSR_TREATMENT_LATE = "Timer_RegisterRsrTreatmentLate";
        public static final String TASK_REPORT_REGISTER_RSR_TREATMENT_LATE = "Task_ReportRegisterRsrTreatmentLate";
        public static final String END_REGISTER_RSR_TREATMENT_LATE_REPORTED = "End_RegisterRsrTreatmentLateReported";
        public static final String TIMER_REGISTER_RSR_COMPILATION_TREATMENT_LATE = "Timer_RegisterRsrCompilationTreatmentLate";
        public static final String TASK_REPORT_REGISTER_RSR_COMPILATION_TREATMENT_LATE =
                "Task_ReportRegisterRsrCompilationTreatmentLate";
        public static final String END_REGISTER_RSR_COMPILATION_TREATMENT_LATE_REPORTED =
                "End_RegisterRsrCompilationTreatmentLateReported";
        public static final String TIMER_COMPILE_INPUT_LATE = "Timer_CompileInputLate";
        public static final String TASK_REPORT_COMPILE_INPUT_LATE = "Task_ReportCompileInputLate";
        public static final String END_COMPILE_INPUT_LATE_REPORTED = "End_CompileInputLateReported";
        public static final String TIMER_PRIORITISE_INPUT_LATE = "Timer_PrioritiseInputLate";
        public static final String TASK_REPORT_PRIORITISE_INPUT_LATE = "Task_ReportPrioritiseInputLate";
        public static final String END_PRIORITISE_INPUT_LATE_REPORTED = "End_PrioritiseInputLateReported";
        public static final String TIMER_WRITE_AGENDA_LATE = "Timer_WriteAgendaLate";
        public static final String END_WRITE_AGENDA_LATE_REPORTED = "End_WriteAgendaLateReported";
        public static final String TIMER_REGISTER_ADOPTION_LATE = "Timer_RegisterAdoptionLate";
        public static final String TASK_REPORT_REGISTER_ADOPTION_LATE = "Task_ReportRegisterAdoptionLate";
        public static final String END_REGISTER_ADOPTION_LATE_REPORTED = "End_RegisterAdoptionLateReported";
        /** The follow-up of the followed cycle's agenda, in step 1 before the PM when the plan follows a cycle. */
        public static final String GATEWAY_FOLLOWS_PREVIOUS_CYCLE = "Gateway_FollowsPreviousCycle";
        public static final String TASK_FOLLOW_UP_PREVIOUS_AGENDA = "Task_FollowUpPreviousAgenda";
        public static final String TASK_SEND_FOLLOW_UP_REPORT = "Task_SendFollowUpReport";
        /** Reference groups, between step 7 and the workshop, and the changes sent after their invitations. */
        public static final String GATEWAY_REFERENCE_GROUPS_USED = "Gateway_ReferenceGroupsUsed";
        public static final String TIMER_REFERENCE_GROUPS_START = "Timer_ReferenceGroupsStart";
        public static final String TASK_FORM_REFERENCE_GROUPS = "Task_FormReferenceGroups";
        public static final String TIMER_FORM_REFERENCE_GROUPS_LATE = "Timer_FormReferenceGroupsLate";
        public static final String TASK_REPORT_FORM_REFERENCE_GROUPS_LATE = "Task_ReportFormReferenceGroupsLate";
        public static final String END_FORM_REFERENCE_GROUPS_LATE_REPORTED = "End_FormReferenceGroupsLateReported";
        public static final String TASK_INVITE_REFERENCE_GROUPS = "Task_InviteReferenceGroups";
        public static final String GATEWAY_REFERENCE_GROUPS_JOIN = "Gateway_ReferenceGroupsJoin";
        public static final String SUB_REFERENCE_GROUPS_CHANGED = "SubProcess_ReferenceGroupsChanged";
        public static final String START_REFERENCE_GROUPS_CHANGED = "StartEvent_ReferenceGroupsChanged";
        public static final String TASK_SEND_REFERENCE_GROUP_CHANGES = "Task_SendReferenceGroupChanges";
        public static final String END_REFERENCE_GROUP_CHANGES_SENT = "End_ReferenceGroupChangesSent";

        private Elements() {
        }
    }

    /** Candidate groups of the user tasks. */
    public static final class Groups {
        public static final String OFFICIALS = "officials";
        public static final String PROCESS_OWNERS = "processOwners";
        public static final String PRESIDIUM = "presidium";
        public static final String RSR_SECRETARIES = "rsrSecretaries";

        private Groups() {
        }
    }
}
