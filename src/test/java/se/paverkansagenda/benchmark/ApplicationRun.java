package se.paverkansagenda.benchmark;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import se.paverkansagenda.InputRoundAtOnce;
import se.paverkansagenda.Application;
import se.paverkansagenda.answer.ProposalRepository;
import se.paverkansagenda.answer.ProposalRow;
import se.paverkansagenda.link.AnswerTokens;
import se.paverkansagenda.notification.Notification;
import se.paverkansagenda.notification.NotificationRepository;
import se.paverkansagenda.notification.NotificationType;
import se.paverkansagenda.round.RequestStatus;
import se.paverkansagenda.round.RoundKind;
import se.paverkansagenda.round.RoundRequest;
import se.paverkansagenda.round.RoundService;

/**
 * The whole application, started as in production but on the run's database and with its own SMTP
 * server: a cycle of the municipalities is moved straight to its input round, every request is sent
 * by the job executor, and then every municipality submits two proposals from its link at the same
 * moment, a share of them twice.
 */
final class ApplicationRun {

    private static final String WARM_UP_REGION = "BV";
    private static final String MEASURED_REGION = "BM";
    private static final String RECEIPT_PAGE = "/kvitto";
    private static final int PROPOSALS = 2;

    private final BenchmarkOptions options;
    private final ConfigurableApplicationContext app;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(30)).build();
    private final int port;
    private final OptimisticLockCount optimisticLocks;

    private ApplicationRun(BenchmarkOptions options, ConfigurableApplicationContext app,
                           OptimisticLockCount optimisticLocks) {
        this.options = options;
        this.app = app;
        this.optimisticLocks = optimisticLocks;
        this.port = ((ServletWebServerApplicationContext) app).getWebServer().getPort();
    }

    static RunResult measure(Database database, BenchmarkOptions options) throws InterruptedException {
        Progress.say(database, RunResult.APPLICATION, "starting the application");
        Database.Login login = database.emptyFor("benchmark-application", options.postgres());
        OptimisticLockCount optimisticLocks = new OptimisticLockCount();
        SpringApplication application = new SpringApplication(Application.class);
        // the engine takes every ProcessEnginePlugin bean: the counter joins the application's own plugins
        application.addInitializers(context -> context.getBeanFactory()
                .registerSingleton("benchmarkOptimisticLockCount", optimisticLocks));
        try (ConfigurableApplicationContext app = application.run(arguments(login))) {
            Memory.sample(Memory.AFTER_START);
            ApplicationRun run = new ApplicationRun(options, app, optimisticLocks);
            run.round(database, WARM_UP_REGION, options.warmUpMunicipalities());
            RunResult result = run.round(database, MEASURED_REGION, options.municipalities());
            Memory.sample(Memory.AFTER_BURST);
            return result;
        }
    }

    /** The application's own configuration, with only what the run needs set on the command line. */
    static String[] arguments(Database.Login login) {
        return new String[] {
            "--spring.profiles.active=benchmark",
            "--spring.main.banner-mode=off",
            "--logging.level.root=WARN",
            "--server.port=0",
            // each client connection carries many submissions; Tomcat would close it after 100
            "--server.tomcat.max-keep-alive-requests=-1",
            "--spring.datasource.url=" + login.url(),
            "--spring.datasource.username=" + login.user(),
            "--spring.datasource.password=" + login.password(),
            // the test class path's regions (TestRegions) make the demo's users members of each cycle's region
            "--paverkansagenda.demo.users=true",
            "--paverkansagenda.demo.cycle=false",
            "--paverkansagenda.mail.embedded-server.enabled=true",
            "--paverkansagenda.mail.embedded-server.port=0",
        };
    }

    private RunResult round(Database database, String region, int municipalities) throws InterruptedException {
        String run = RunResult.APPLICATION;
        String cycleKey = InputRoundAtOnce.open(app, region, municipalities, "benchmark");
        List<RoundRequest> requests = awaitSent(cycleKey, municipalities);
        Progress.say(database, run, municipalities + " requests sent in cycle " + cycleKey);
        AnswerTokens tokens = app.getBean(AnswerTokens.class);
        Map<String, String> links = requests.stream()
                .collect(Collectors.toMap(RoundRequest::id, request -> "/svar/" + tokens.mint(request.id())));

        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        List<Callable<String>> submissions = new ArrayList<>();
        for (RoundRequest request : SubmissionOrder.withDuplicates(requests, options.duplicateShare(), 1)) {
            submissions.add(() -> {
                String problem = submit(links.get(request.id()), request);
                if (problem == null) {
                    acknowledged.add(request.id());
                }
                return problem;
            });
        }
        optimisticLocks.reset();
        Date released = new Date();
        Burst.Outcome burst = Burst.fire(submissions, options.threads());
        Duration settled = RequestProcesses.awaitNoDueJobs(engine().getManagementService(), options.timeout());
        RunResult result = check(database, cycleKey, requests, acknowledged, burst,
                burst.wallNanos() / 1e9 + settled.toNanos() / 1e9);
        Progress.say(database, run, region + ": " + Progress.summary(result) + " " + optimisticLocks.byKind()
                + " failed jobs " + OptimisticLockCount.failedJobs(engine(), released));
        return result;
    }

    private List<RoundRequest> awaitSent(String cycleKey, int municipalities) throws InterruptedException {
        RoundService rounds = app.getBean(RoundService.class);
        long deadline = System.nanoTime() + options.timeout().toNanos();
        List<RoundRequest> requests;
        while (!allSent(requests = rounds.requestsOf(cycleKey, RoundKind.INPUT), municipalities)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The input round of " + cycleKey + " did not send its "
                        + municipalities + " requests within " + options.timeout());
            }
            Thread.sleep(250);
        }
        return requests;
    }

    private static boolean allSent(List<RoundRequest> requests, int expected) {
        return requests.size() == expected && requests.stream().allMatch(r -> r.status() == RequestStatus.SENT);
    }

    /** One municipality's submit of its two proposals; null when the receipt page was the answer. */
    private String submit(String link, RoundRequest request) throws Exception {
        HttpRequest post = HttpRequest.newBuilder(URI.create("http://localhost:" + port + link))
                .timeout(options.timeout())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(request), StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response = http.send(post, HttpResponse.BodyHandlers.ofString());
        String location = response.headers().firstValue("Location").orElse("");
        boolean receipt = response.statusCode() / 100 == 3 && location.endsWith(RECEIPT_PAGE);
        return receipt ? null : "HTTP " + response.statusCode() + " " + location;
    }

    private static String form(RoundRequest request) {
        StringBuilder form = new StringBuilder("action=submit");
        String[] rusAreas = {"RUS-1", "RUS-2"};
        String[] levels = {"EU", "NATIONAL"};
        for (int i = 0; i < PROPOSALS; i++) {
            String field = "&proposals%5B" + i + "%5D.";
            form.append(field).append("title=").append(encode(title(request, i)))
                    .append(field).append("description=").append(encode("Beskrivning av förslaget"))
                    .append(field).append("rusArea=").append(rusAreas[i])
                    .append(field).append("decisionLevel=").append(levels[i])
                    .append(field).append("justification=").append(encode("Motivering"))
                    .append(field).append("contactPerson=").append(encode("Kommunstrateg"));
        }
        return form.toString();
    }

    private static String title(RoundRequest request, int proposal) {
        return "Förslag " + (proposal + 1) + " från " + request.recipientName();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /**
     * Lost: a request whose two proposals are not stored, which is not answered, or whose process did
     * not end through the answer and the receipt; lost after a receipt page if one of its submissions
     * got that page all the same. Stored twice: a proposal, a pass through the
     * answer or a receipt beyond the one expected.
     */
    private RunResult check(Database database, String cycleKey, List<RoundRequest> requests, Set<String> acknowledged,
                            Burst.Outcome burst, double settledSeconds) {
        RoundService rounds = app.getBean(RoundService.class);
        ProposalRepository proposals = app.getBean(ProposalRepository.class);
        RequestProcesses processes = RequestProcesses.of(engine(), cycleKey);
        Map<String, Long> receipts = app.getBean(NotificationRepository.class).findByCycle(cycleKey).stream()
                .filter(n -> n.type() == NotificationType.ANSWER_RECEIPT)
                .collect(Collectors.groupingBy(Notification::recipient, Collectors.counting()));
        int lost = 0;
        int lostAcknowledged = 0;
        int duplicates = 0;
        List<String> problems = new ArrayList<>(burst.errorSamples());
        for (RoundRequest request : requests) {
            List<String> titles = proposals.findByRequest(request.id()).stream().map(ProposalRow::getTitle).toList();
            List<String> expected = List.of(title(request, 0), title(request, 1));
            boolean stored = rounds.request(request.id()).status() == RequestStatus.ANSWERED
                    && titles.containsAll(expected);
            RequestProcesses.Passes passes = processes.of(request.id());
            if (!stored || !passes.completedOnce()) {
                lost++;
                lostAcknowledged += acknowledged.contains(request.id()) ? 1 : 0;
                problems.add("lost: " + request.recipientName() + " stored=" + stored + " " + passes);
            }
            long extra = Math.max(0, titles.size() - PROPOSALS) + passes.extra()
                    + Math.max(0, receipts.getOrDefault(request.recipientEmail(), 0L) - 1);
            if (extra > 0) {
                duplicates += (int) extra;
                problems.add("stored twice: " + request.recipientName() + " " + titles + " " + passes);
            }
        }
        return new RunResult(database, RunResult.APPLICATION, burst, lost, lostAcknowledged, duplicates, settledSeconds,
                optimisticLocks.total(), problems);
    }

    private ProcessEngine engine() {
        return app.getBean(ProcessEngine.class);
    }
}
