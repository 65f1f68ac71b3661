package se.paverkansagenda.crash;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import se.paverkansagenda.InputRoundAtOnce;
import se.paverkansagenda.Application;
import se.paverkansagenda.link.AnswerTokens;
import se.paverkansagenda.round.RequestStatus;
import se.paverkansagenda.round.RoundKind;
import se.paverkansagenda.round.RoundRequest;
import se.paverkansagenda.round.RoundService;

/**
 * The application as a region runs it with no profile (the embedded H2 file database, its URL as
 * application.yaml says, only the file's place given), in a JVM of its own that a test can kill. On its
 * first start in a directory it opens an input round of the first municipalities and writes each
 * request's answer link to {@value #LINKS}; on every start it writes its HTTP port to {@value #PORT}.
 * Arguments: the directory, the number of municipalities, then any settings of the application
 * ({@code --spring.profiles.active=postgres} and the database's, for PostgreSQL), which come after and
 * so override the defaults here.
 */
public final class CrashNode {

    static final String LINKS = "links.txt";
    static final String PORT = "port";

    private CrashNode() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]).toAbsolutePath();
        int municipalities = Integer.parseInt(args[1]);
        List<String> settings = new ArrayList<>(List.of(
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN",
                "--server.port=0",
                "--PA_H2_FILE=" + dir.resolve("paverkansagenda"),
                "--paverkansagenda.demo.users=false",
                "--paverkansagenda.demo.cycle=false",
                "--paverkansagenda.mail.embedded-server.port=0"));
        settings.addAll(Arrays.asList(args).subList(2, args.length));
        ConfigurableApplicationContext app = SpringApplication.run(Application.class, settings.toArray(String[]::new));
        Path links = dir.resolve(LINKS);
        if (!Files.exists(links)) {
            String cycle = InputRoundAtOnce.open(app, "KN", municipalities, "test");
            List<RoundRequest> requests = awaitSent(app, cycle, municipalities);
            AnswerTokens tokens = app.getBean(AnswerTokens.class);
            String lines = requests.stream().map(r -> r.id() + " /svar/" + tokens.mint(r.id()) + " " + r.recipientName().replace(' ', '_'))
                    .collect(Collectors.joining("\n"));
            Path written = Files.writeString(dir.resolve(LINKS + ".tmp"), lines);
            Files.move(written, links, StandardCopyOption.ATOMIC_MOVE);
        }
        int port = ((ServletWebServerApplicationContext) app).getWebServer().getPort();
        Path written = Files.writeString(dir.resolve(PORT + ".tmp"), Integer.toString(port));
        Files.move(written, dir.resolve(PORT), StandardCopyOption.ATOMIC_MOVE);
    }


    private static List<RoundRequest> awaitSent(ConfigurableApplicationContext app, String cycle, int municipalities)
            throws InterruptedException {
        RoundService rounds = app.getBean(RoundService.class);
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (true) {
            List<RoundRequest> requests = rounds.requestsOf(cycle, RoundKind.INPUT);
            if (requests.size() == municipalities && requests.stream().allMatch(r -> r.status() == RequestStatus.SENT)) {
                return requests;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The requests of " + cycle + " were not sent");
            }
            Thread.sleep(200);
        }
    }
}
