package se.paverkansagenda.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import se.paverkansagenda.InputRoundAtOnce;
import se.paverkansagenda.Application;
import se.paverkansagenda.notification.Notification;
import se.paverkansagenda.notification.NotificationRepository;
import se.paverkansagenda.notification.NotificationStatus;
import se.paverkansagenda.notification.NotificationType;
import se.paverkansagenda.process.RequestRoundProcess;
import se.paverkansagenda.round.RequestMessages;
import se.paverkansagenda.round.RequestStatus;
import se.paverkansagenda.round.RoundKind;
import se.paverkansagenda.round.RoundRequest;
import se.paverkansagenda.round.RoundRequestRepository;
import se.paverkansagenda.round.RoundService;

/**
 * Deadlines due at once in the whole application: cycles of up to 290 municipalities each, as many
 * as {@code bench.timers} requests take (35 for 10 000), are moved to their input round and send their
 * requests; then every request's answer deadline is made due at once, and each must end unanswered
 * once and be listed in its round's one mail to the process owner, sent once.
 */
final class ApplicationTimers {

    private static final int PER_CYCLE = 290;

    private ApplicationTimers() {
    }

    static TimerDrain measure(Database database, BenchmarkOptions options) throws InterruptedException {
        String run = RunResult.APPLICATION;
        Progress.say(database, run, "starting the application for " + options.timers() + " deadlines");
        Database.Login login = database.emptyFor("benchmark-application-timers", options.postgres());
        try (ConfigurableApplicationContext app = new SpringApplication(Application.class)
                .run(ApplicationRun.arguments(login))) {
            Memory.sample(Memory.AFTER_START);
            List<String> cycles = new ArrayList<>();
            for (int left = options.timers(), i = 0; left > 0; left -= PER_CYCLE, i++) {
                cycles.add(InputRoundAtOnce.open(app, "T" + (char) ('A' + i / 26) + (char) ('A' + i % 26),
                        Math.min(left, PER_CYCLE), "benchmark"));
            }
            RoundService rounds = app.getBean(RoundService.class);
            long giveUp = System.nanoTime() + options.timeout().toNanos() * cycles.size();
            List<RoundRequest> requests;
            while ((requests = cycles.stream().flatMap(key -> rounds.requestsOf(key, RoundKind.INPUT).stream())
                    .toList()).stream().filter(r -> r.status() == RequestStatus.SENT).count() < options.timers()) {
                if (System.nanoTime() > giveUp) {
                    throw new IllegalStateException("The requests were not all sent");
                }
                Thread.sleep(1000);
            }
            Progress.say(database, run, requests.size() + " requests sent in " + cycles.size()
                    + " cycles; deadlines due now");
            ProcessEngine engine = app.getBean(ProcessEngine.class);
            Duration drain = Deadlines.dueNowAndDrain(engine, options.timers(), options.timeout());
            TimerDrain result = check(app, rounds, cycles, requests, drain);
            Memory.sample(Memory.AFTER_BURST);
            Progress.say(database, run, String.format("%d deadlines drained in %.1f s, %d lost, %d twice",
                    result.timers(), result.drainSeconds(), result.lost(), result.twice()));
            return result;
        }
    }

    /**
     * Each request ended unanswered once (its status and one pass through the unanswered end in the
     * engine's history), and each cycle's round sent its process owner one message, listing every one
     * of its requests, once.
     */
    private static TimerDrain check(ConfigurableApplicationContext app, RoundService rounds, List<String> cycles,
                                    List<RoundRequest> requests, Duration drain) {
        NotificationRepository notifications = app.getBean(NotificationRepository.class);
        RoundRequestRepository repository = app.getBean(RoundRequestRepository.class);
        Map<String, Long> ends = app.getBean(ProcessEngine.class).getHistoryService()
                .createHistoricActivityInstanceQuery().activityId(RequestRoundProcess.Elements.END_UNANSWERED)
                .finished().list().stream()
                .collect(Collectors.groupingBy(HistoricActivityInstance::getProcessInstanceId, Collectors.counting()));
        int lost = 0;
        int twice = 0;
        List<String> problems = new ArrayList<>();
        Map<String, Notification> digests = new HashMap<>();
        for (String cycle : cycles) {
            List<Notification> sent = notifications.findByCycle(cycle).stream()
                    .filter(n -> n.type() == NotificationType.LATE_ANSWER).toList();
            if (sent.size() != 1 || !sent.get(0).idempotencyKey().equals(RequestMessages.unansweredKey(cycle,
                    RoundKind.INPUT)) || sent.get(0).status() != NotificationStatus.SENT) {
                problems.add("round " + cycle + ": unanswered mails " + sent.stream()
                        .map(n -> n.idempotencyKey() + "=" + n.status() + "/" + n.attempts()).toList());
            }
            twice += Math.max(0, sent.size() - 1);
            sent.stream().filter(n -> n.status() == NotificationStatus.SENT).findFirst()
                    .ifPresent(n -> digests.put(cycle, n));
        }
        for (RoundRequest request : requests) {
            boolean unanswered = rounds.request(request.id()).status() == RequestStatus.UNANSWERED;
            long end = repository.processInstanceOf(request.id()).map(id -> ends.getOrDefault(id, 0L)).orElse(0L);
            Notification digest = digests.get(request.cycleKey());
            boolean listed = digest != null && digest.bodyText().contains(request.recipientEmail());
            if (!unanswered || end < 1 || !listed) {
                lost++;
                problems.add("deadline not handled: " + request.recipientName() + " unanswered=" + unanswered
                        + " ends=" + end + " in its round's mail=" + listed);
            }
            if (end > 1) {
                twice++;
                problems.add("ended unanswered more than once: " + request.recipientName());
            }
        }
        return new TimerDrain(requests.size(), drain.toNanos() / 1e9, lost, twice, problems);
    }
}
