package se.paverkansagenda.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import se.paverkansagenda.IntegrationTest;
import se.paverkansagenda.cycle.StartCycleCommand.CycleCommandException;
import se.paverkansagenda.plan.DefaultPlan;

@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class StartCycleCommandTest {

    @Autowired
    StartCycleCommand command;
    @Autowired
    RuntimeService runtimeService;

    @TempDir
    Path folder;

    @Test
    void startsTheCycleOfThePlanFileNamedOnTheCommandLineAndLogsThePlansWarnings(CapturedOutput output) throws IOException {
        Path plan = Files.writeString(folder.resolve("plan.yaml"), DefaultPlan.yaml().replace("code: JH", "code: CLI"));

        command.run(new DefaultApplicationArguments("--start-cycle=" + plan));

        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("PA-CLI-2020").count())
                .isEqualTo(1);
        assertThat(output.getOut()).contains("WARN").contains("Planen " + plan
                + ": steps.WRITE_AGENDA.end: 2020-12-19 är en lördag, ingen arbetsdag; tidsgränsen står kvar");
    }

    @Test
    void aRefusedPlanStopsTheApplicationWithTheReasonsAndExitCodeTwo() throws IOException {
        Path plan = Files.writeString(folder.resolve("plan.yaml"), DefaultPlan.yaml()
                .replace("code: JH", "code: CLIX").replace("end: 2020-04-24", "end: 2020-04-01"));

        CycleCommandException refused = catchThrowableOfType(CycleCommandException.class,
                () -> command.run(new DefaultApplicationArguments("--start-cycle=" + plan)));

        assertThat(refused.getExitCode()).isEqualTo(2);
        assertThat(refused.getMessage()).contains("Ingen cykel startades", "steps.DRAFT_PM.end");
        FailureAnalysis analysis = new CycleCommandFailureAnalyzer().analyze(refused);
        assertThat(analysis.getDescription()).contains("steps.DRAFT_PM.end");
        assertThat(analysis.getAction()).contains("/api/plans/default");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("PA-CLIX-2020").count())
                .isZero();
    }

    @Test
    void aMissingPlanFileIsNamed() {
        CycleCommandException refused = catchThrowableOfType(CycleCommandException.class,
                () -> command.run(new DefaultApplicationArguments("--start-cycle=" + folder.resolve("saknas.yaml"))));

        assertThat(refused.getMessage()).contains("saknas.yaml", "kan inte läsas");
    }

    @Test
    void withoutTheOptionNothingStarts() {
        long before = runtimeService.createProcessInstanceQuery().count();

        command.run(new DefaultApplicationArguments("--server.port=0"));

        assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(before);
    }
}
