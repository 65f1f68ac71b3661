package se.paverkansagenda.demo;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.spring.components.jobexecutor.SpringJobExecutor;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import se.paverkansagenda.cycle.Cycle;
import se.paverkansagenda.cycle.CycleRepository;
import se.paverkansagenda.cycle.CycleService;
import se.paverkansagenda.deadline.DeadlineService;
import se.paverkansagenda.plan.DefaultPlan;
import se.paverkansagenda.plan.PlanParser;
import se.paverkansagenda.process.AgendaProcess;
import se.paverkansagenda.process.AgendaProcess.Elements;
import se.paverkansagenda.round.Answer;
import se.paverkansagenda.round.AnswerChannel;
import se.paverkansagenda.round.AnswerService;
import se.paverkansagenda.round.RequestStatus;
import se.paverkansagenda.round.RoundKind;
import se.paverkansagenda.round.RoundRequest;
import se.paverkansagenda.round.RoundService;
import se.paverkansagenda.web.ClockGate;

/**
 * The seed plan's own cycle, 2020–21, run once through the real process with the engine's clock set
 * back, the way Camunda's invoice demo backdates its instances: Cockpit and the stage pages have a
 * finished cycle with real history next to the running demo cycle. Each timer and job runs at its
 * due moment, as the job executor would have run it; the officials complete their tasks and the
 * municipalities and organisations answer on the days of the script below, some steps late, one
 * municipality and four organisations without answering, and the agenda sent back once before
 * adoption.
 * <p>
 * Runs before the demo cycle starts ({@link DemoData}), with the job executor stopped while it runs, and resets the clock
 * afterwards. The engine's clock is shared by every thread, so the history is made {@link
 * ClockGate#whileNoRequestRuns alone}: requests that come meanwhile wait until the clock is back, and
 * nothing outside the history ever sees the moved clock. A finished cycle is left as it is, so a
 * restart changes nothing; a cycle interrupted half-way is taken on from where it stands, since every
 * action of the script is skipped once done.
 */
@Component
@ConditionalOnProperty(name = "paverkansagenda.demo.cycle", havingValue = "true")
public class DemoHistory {

    static final String STARTED_AT = "2020-03-30T10:00";
    static final String OFFICIAL = "tjansteperson";
    private static final Logger LOG = LoggerFactory.getLogger(DemoHistory.class);

    /** Municipalities by code and the moment their input came in; Berg (2326) does not answer. */
    private static final List<Map.Entry<String, String>> INPUT = List.of(
            Map.entry("2380", "2020-06-12T10:15"),
            Map.entry("2309", "2020-08-28T14:00"),
            Map.entry("2321", "2020-09-04T09:30"),
            Map.entry("2313", "2020-09-18T11:00"),
            Map.entry("2361", "2020-09-25T15:45"),
            Map.entry("2303", "2020-09-30T10:00"),
            Map.entry("2305", "2020-10-02T16:30"));

    /** Organisations by name and the moment their statement came in; the other four do not answer. */
    private static final List<Map.Entry<String, String>> STATEMENTS = List.of(
            Map.entry("Länsstyrelsen", "2020-12-22T10:00"),
            Map.entry("Mittuniversitetet", "2021-01-08T13:00"),
            Map.entry("Region Jämtland Härjedalen", "2021-01-11T09:00"),
            Map.entry("Kommunförbundet Jämtland Härjedalen", "2021-01-12T11:30"),
            Map.entry("Tillväxtverket", "2021-01-14T10:00"),
            Map.entry("Sametinget", "2021-01-18T14:00"),
            Map.entry("Företagarna", "2021-01-20T09:45"),
            Map.entry("Almi", "2021-01-21T10:30"),
            Map.entry("Samling Näringsliv", "2021-01-22T15:00"),
            Map.entry("Jämtland Härjedalen Turism", "2021-01-25T11:00"),
            Map.entry("Handelskammaren Mitt", "2021-01-26T13:30"),
            Map.entry("Coompanion", "2021-01-27T10:00"),
            Map.entry("RF-SISU Jämtland Härjedalen", "2021-01-28T16:00"),
            Map.entry("ESF-rådet", "2021-01-29T12:00"),
            Map.entry("Strukturfondspartnerskapet", "2021-01-29T15:30"));

    private final CycleService cycles;
    private final CycleRepository cycleRows;
    private final ProcessEngine engine;
    private final RoundService rounds;
    private final AnswerService answers;
    private final DeadlineService deadlines;
    private final DemoAgenda agenda;
    private final ClockGate gate;

    public DemoHistory(CycleService cycles, CycleRepository cycleRows, ProcessEngine engine, RoundService rounds,
                       AnswerService answers, DeadlineService deadlines, DemoAgenda agenda, ClockGate gate) {
        this.cycles = cycles;
        this.cycleRows = cycleRows;
        this.engine = engine;
        this.rounds = rounds;
        this.answers = answers;
        this.deadlines = deadlines;
        this.agenda = agenda;
        this.gate = gate;
    }

    /**
     * Runs the seed plan's cycle to its end with backdated history, unless it has ended already; its business key.
     * Whether it has ended is asked before the requests are held: a restart on a finished history holds none.
     */
    public String create() {
        String key = PlanParser.parse(DefaultPlan.yaml()).businessKey();
        if (ended(key)) {
            LOG.info("Demohistoriken {} finns redan", key);
            return key;
        }
        return gate.whileNoRequestRuns(this::createAlone);
    }

    /** Whether the cycle's history is complete. */
    private boolean ended(String key) {
        Optional<Cycle> existing = cycleRows.find(key);
        return existing.isPresent() && hasEnded(existing.get());
    }

    private String createAlone() {
        String key = PlanParser.parse(DefaultPlan.yaml()).businessKey();
        Optional<Cycle> existing = cycleRows.find(key);
        if (existing.isPresent() && hasEnded(existing.get())) {
            LOG.info("Demohistoriken {} finns redan", key);
            return key;
        }
        JobExecutor jobExecutor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
        boolean jobExecutorWasActive = jobExecutor != null && jobExecutor.isActive();
        if (jobExecutorWasActive) {
            jobExecutor.shutdown();
            awaitRunningJobs(jobExecutor);
        }
        try {
            if (existing.isEmpty()) {
                ClockUtil.setCurrentTime(moment(STARTED_AT));
                cycles.start(DefaultPlan.yaml(), DemoCycle.STARTED_BY);
            }
            new Script(key).run();
            LOG.info("Demohistoriken {} skapad: genomförandeplanens cykel 2020–21, avslutad med bakåtdaterad historik", key);
        } finally {
            ClockUtil.reset();
            if (jobExecutorWasActive) {
                jobExecutor.start();
            }
        }
        return key;
    }

    /**
     * The jobs the job executor took before it stopped finish first (it runs since the start, see DemoData):
     * none of them may run while the clock is moved.
     */
    private static void awaitRunningJobs(JobExecutor jobExecutor) {
        if (jobExecutor instanceof SpringJobExecutor spring
                && spring.getTaskExecutor() instanceof ThreadPoolTaskExecutor threads) {
            long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
            while (threads.getActiveCount() > 0 && System.nanoTime() < until) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private boolean hasEnded(Cycle cycle) {
        return engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceId(cycle.processInstanceId()).finished().count() > 0;
    }

    private Date moment(String localDateTime) {
        return Date.from(LocalDateTime.parse(localDateTime).atZone(deadlines.zone()).toInstant());
    }

    /** What happened in the 2020–21 cycle, in order. */
    private final class Script {

        private final String key;

        Script(String key) {
            this.key = key;
        }

        void run() {
            at("2020-04-23T15:30").complete(Elements.TASK_DRAFT_PM, draftPm());
            at("2020-04-30T11:00").complete(Elements.TASK_REVIEW_PROPOSAL, Map.of(
                    AgendaProcess.PRESIDIUM_DECISION.name(), AgendaProcess.DECISION_APPROVE,
                    AgendaProcess.PRESIDIUM_COMMENT.name(), "Presidiet ställer sig bakom strukturen.",
                    AgendaProcess.PRESIDIUM_MEETING_DATE.name(), "2020-04-30",
                    AgendaProcess.PRESIDIUM_POSITION.name(), "Presidiet ställer sig bakom strukturen och lämnar "
                            + "förslaget till RSR:s sammanträde den 4 maj.",
                    AgendaProcess.PRESIDIUM_CONSENSUS.name(), AgendaProcess.CONSENSUS_YES));
            // the secretary registers the council's treatment the morning after the meeting
            at("2020-05-05T09:30").complete(Elements.TASK_REGISTER_RSR_TREATMENT, rsrTreatment());
            for (Map.Entry<String, String> input : INPUT) {
                at(input.getValue()).answer(RoundKind.INPUT, request -> request.recipientCode().equals(input.getKey()),
                        "Inspel från " + name(RoundKind.INPUT, input.getKey()) + ": förslag till frågor inom RUS-områdena.");
            }
            at("2020-11-02T16:00").complete(Elements.TASK_COMPILE_INPUT, compilation());
            // the compilation goes to RSR, which takes note of it at its meeting the next morning
            at("2020-11-03T09:30").complete(Elements.TASK_REGISTER_RSR_COMPILATION_TREATMENT, rsrCompilationTreatment());
            at("2020-11-03T10:00").completeAfter(Elements.TASK_FORM_REFERENCE_GROUPS, () -> agenda.formReferenceGroups(key),
                    Map.of(AgendaProcess.REFERENCE_GROUPS_SUMMARY.name(), "Två referensgrupper: infrastruktur och bredband, kompetensförsörjning."));
            at("2020-11-05T16:00");
            agenda.referenceGroupAdvice(key);
            at("2020-11-09T15:00").completeAfter(Elements.TASK_PRIORITISE_INPUT, () -> agenda.prioritise(key), Map.of());
            at("2020-12-17T14:00").completeAfter(Elements.TASK_WRITE_AGENDA,
                    () -> agenda.writeVersion(key, "Version 1 till samråd"), agenda("Version 1 till samråd"));
            for (Map.Entry<String, String> statement : STATEMENTS) {
                at(statement.getValue()).answer(RoundKind.CONSULTATION,
                        request -> request.recipientName().equals(statement.getKey()),
                        "Yttrande från " + statement.getKey() + " över förslaget till påverkansagenda.");
            }
            // an official registers the board's decision, as in Tasklist: the task is theirs when they complete it
            at("2021-02-10T10:00").claim(Elements.TASK_REGISTER_ADOPTION, OFFICIAL)
                    .completeAfter(Elements.TASK_REGISTER_ADOPTION, () -> agenda.linkStatements(key), Map.of(
                    AgendaProcess.ADOPTION_DECISION.name(), AgendaProcess.DECISION_SEND_BACK,
                    AgendaProcess.ADOPTION_BODY.name(), "REGIONAL_EXECUTIVE_BOARD",
                    AgendaProcess.ADOPTION_COMMENT.name(),
                    "Regionstyrelsen vill se färre frågor och en tydligare koppling till RUS innan fastställandet."));
            at("2021-02-24T11:00").completeAfter(Elements.TASK_WRITE_AGENDA,
                    () -> agenda.writeVersion(key, "Version 2 efter regionstyrelsens återremiss"),
                    agenda("Version 2 efter regionstyrelsens återremiss"));
            at("2021-03-16T10:00").complete(Elements.TASK_REGISTER_ADOPTION, Map.of(
                    AgendaProcess.ADOPTION_DECISION.name(), AgendaProcess.DECISION_ADOPT,
                    AgendaProcess.ADOPTION_BODY.name(), "REGIONAL_EXECUTIVE_BOARD",
                    AgendaProcess.ADOPTION_PARAGRAPH.name(), "§ 47",
                    AgendaProcess.ADOPTION_DATE.name(), "2021-03-16",
                    AgendaProcess.ADOPTION_CONSENSUS.name(), AgendaProcess.CONSENSUS_YES));
            at("2021-03-17T00:00");
        }

        /** Runs every job of the cycle that falls due before the moment, each at its due time, then sets the clock there. */
        Script at(String localDateTime) {
            Date until = moment(localDateTime);
            Optional<Job> next;
            while ((next = nextJobDueBy(until)).isPresent()) {
                Job job = next.get();
                if (job.getDuedate() != null && job.getDuedate().after(ClockUtil.getCurrentTime())) {
                    ClockUtil.setCurrentTime(job.getDuedate());
                }
                try {
                    engine.getManagementService().executeJob(job.getId());
                } catch (RuntimeException failed) {
                    // as with the job executor: the job's retries and back-off decide when it runs again
                    LOG.warn("Demohistoriken: jobbet {} misslyckades: {}", job.getId(), failed.getMessage());
                }
            }
            ClockUtil.setCurrentTime(until);
            return this;
        }

        private Optional<Job> nextJobDueBy(Date until) {
            Set<String> instances = engine.getRuntimeService().createProcessInstanceQuery()
                    .processInstanceBusinessKey(key).list().stream()
                    .map(ProcessInstance::getId).collect(Collectors.toSet());
            if (instances.isEmpty()) {
                return Optional.empty();
            }
            return engine.getManagementService().createJobQuery().processInstanceIds(instances)
                    .withRetriesLeft().active().list().stream()
                    .filter(job -> job.getDuedate() == null || !job.getDuedate().after(until))
                    .min(Comparator.comparing(job -> job.getDuedate() == null ? Instant.MIN : job.getDuedate().toInstant()));
        }

        /** Makes the main process's open task the user's, as claiming it in Tasklist does; skipped when it is not open. */
        Script claim(String taskDefinitionKey, String user) {
            Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(key)
                    .processDefinitionKey(AgendaProcess.KEY).taskDefinitionKey(taskDefinitionKey).singleResult();
            if (task != null && task.getAssignee() == null) {
                engine.getTaskService().setAssignee(task.getId(), user);
            }
            return this;
        }

        /** Completes the main process's open task; skipped when it is not open, i.e. done before an interruption. */
        void complete(String taskDefinitionKey, Map<String, Object> values) {
            completeAfter(taskDefinitionKey, () -> { }, values);
        }

        /** The officials' work on the task's page, then the task completed; both skipped when it is not open. */
        void completeAfter(String taskDefinitionKey, Runnable work, Map<String, Object> values) {
            Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(key)
                    .processDefinitionKey(AgendaProcess.KEY).taskDefinitionKey(taskDefinitionKey).singleResult();
            if (task != null) {
                work.run();
                engine.getTaskService().complete(task.getId(), values);
            }
        }

        /** Registers an answer that came in by e-mail on this day, if the request still waits for one. */
        void answer(RoundKind kind, Predicate<RoundRequest> recipient, String text) {
            rounds.requestsOf(key, kind).stream()
                    .filter(recipient)
                    .filter(request -> request.status() == RequestStatus.SENT)
                    .forEach(request -> {
                        answers.record(request.id(), new Answer(text, OFFICIAL, AnswerChannel.EMAIL, deadlines.today()));
                        if (kind == RoundKind.INPUT) {
                            agenda.propose(request);
                        }
                    });
        }

        private String name(RoundKind kind, String code) {
            return rounds.requestsOf(key, kind).stream().filter(request -> request.recipientCode().equals(code))
                    .map(RoundRequest::recipientName).findFirst().orElse(code);
        }
    }

    private static Map<String, Object> draftPm() {
        return Map.of(
                AgendaProcess.PM_TEXT.name(), "Förslag till struktur för arbetet med en länsgemensam påverkansagenda "
                        + "2020–21: frågor samlas in från kommunerna, prioriteras i en workshop och förankras i "
                        + "Länspartnerskapet innan agendan fastställs.",
                AgendaProcess.PM_DOCUMENT_URL.name(), "https://regionjh.example/paverkansagenda/2020/pm-struktur.pdf");
    }

    /** RSR's treatment of the compilation (step 7): taken note of in consensus. */
    private static Map<String, Object> rsrCompilationTreatment() {
        return Map.of(
                AgendaProcess.RSR_MEETING_DATE.name(), "2020-11-03",
                AgendaProcess.RSR_PARAGRAPH.name(), "§ 41",
                AgendaProcess.RSR_POSITION.name(), "RSR noterar sammanställningen av kommunernas inspel och att "
                        + "referensgrupper bildas för infrastruktur och bredband samt kompetensförsörjning inför workshopen.",
                AgendaProcess.RSR_CONSENSUS.name(), AgendaProcess.CONSENSUS_YES);
    }

    /** A position taken without consensus: two municipalities had their dissents added to the minutes. */
    private static Map<String, Object> rsrTreatment() {
        return Map.of(
                AgendaProcess.RSR_MEETING_DATE.name(), "2020-05-04",
                AgendaProcess.RSR_PARAGRAPH.name(), "§ 23",
                AgendaProcess.RSR_POSITION.name(), "RSR ställer sig bakom genomförandeplanen för en länsgemensam "
                        + "påverkansagenda 2020–21 och uppdrar åt regionen att begära inspel från kommunerna.",
                AgendaProcess.RSR_CONSENSUS.name(), AgendaProcess.CONSENSUS_NO,
                AgendaProcess.RSR_DISSENT_ROWS.get(0).author().name(), "Bergs kommun – Förtroendevald, majoritet",
                AgendaProcess.RSR_DISSENT_ROWS.get(0).opinion().name(), "Tiden för inspel är för kort för en kommun "
                        + "som ska förankra sina förslag politiskt före sommaren.",
                AgendaProcess.RSR_DISSENT_ROWS.get(1).author().name(), "Härjedalens kommun – Förtroendevald, opposition",
                AgendaProcess.RSR_DISSENT_ROWS.get(1).opinion().name(), "Planen bör också ta upp samverkan med "
                        + "Trøndelag om gränsöverskridande infrastruktur.",
                AgendaProcess.RSR_MINUTES_URL.name(), "https://regionjh.example/rsr/2020-05-04/protokoll.pdf");
    }

    private static Map<String, Object> compilation() {
        return Map.of(
                AgendaProcess.COMPILATION_SUMMARY.name(), "Sju av åtta kommuner har lämnat inspel; Berg har inte svarat. "
                        + "Flest förslag gäller infrastruktur, bredband och kompetensförsörjning.",
                AgendaProcess.COMPILATION_DOCUMENT_URL.name(),
                "https://regionjh.example/paverkansagenda/2020/sammanstallning-inspel.pdf");
    }

    private static Map<String, Object> agenda(String version) {
        return Map.of(AgendaProcess.AGENDA_DOCUMENT_URL.name(),
                "https://regionjh.example/paverkansagenda/2020/paverkansagenda.pdf#" + version.replace(' ', '-'));
    }
}
