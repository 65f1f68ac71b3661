package se.paverkansagenda.cycle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;
import se.paverkansagenda.plan.InvalidPlanException;

/**
 * {@code --start-cycle=plan.yaml} on the command line starts a cycle from that plan when the
 * application starts. A plan that cannot be read or is refused stops the application with the
 * reasons, so a script that starts the year's cycle sees its mistake at once.
 */
@Component
public class StartCycleCommand implements ApplicationRunner {

    static final String OPTION = "start-cycle";
    static final String STARTED_BY = "kommandorad";
    private static final Logger LOG = LoggerFactory.getLogger(StartCycleCommand.class);

    private final CycleService cycles;

    public StartCycleCommand(CycleService cycles) {
        this.cycles = cycles;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption(OPTION)) {
            return;
        }
        for (String file : args.getOptionValues(OPTION)) {
            try {
                Cycle cycle = cycles.start(read(Path.of(file)), STARTED_BY);
                LOG.info("Cykeln {} startad från {}", cycle.businessKey(), file);
                cycles.warningsOf(cycle.businessKey()).forEach(warning -> LOG.warn("Planen {}: {}", file, warning));
            } catch (InvalidPlanException | DuplicateCycleException refused) {
                throw new CycleCommandException("Ingen cykel startades från " + file + ". " + refused.getMessage(), refused);
            }
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CycleCommandException("Planfilen " + file + " kan inte läsas: " + e.getMessage(), e);
        }
    }

    /** Why the command refused to start a cycle; the application then exits with code 2. */
    public static class CycleCommandException extends RuntimeException implements ExitCodeGenerator {
        CycleCommandException(String message, Throwable cause) {
            super(message, cause);
        }

        @Override
        public int getExitCode() {
            return 2;
        }
    }
}
