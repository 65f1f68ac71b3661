package se.paverkansagenda.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.paverkansagenda.IntegrationTest;
import se.paverkansagenda.LifecycleDriver;
import se.paverkansagenda.cycle.CycleService;
import se.paverkansagenda.plan.DefaultPlan;
import se.paverkansagenda.process.AgendaProcess;
import se.paverkansagenda.process.AgendaProcess.Elements;
import se.paverkansagenda.round.AnswerService;
import se.paverkansagenda.round.RoundService;

/** A form's date is stored one way, ÅÅÅÅ-MM-DD text, whatever completes the task; another shape is refused. */
@IntegrationTest
class FormDatesTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    CycleService cycles;
    @Autowired
    RoundService rounds;
    @Autowired
    AnswerService answers;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theMeetingDateIsStoredAsIsoTextAndAnyOtherShapeIsRefused() {
        ClockUtil.setCurrentTime(Timestamp.valueOf("2020-04-01 09:00:00"));
        String key = cycles.start(DefaultPlan.yaml().replace("code: JH", "code: FDT"), "processagare").businessKey();
        LifecycleDriver cycle = new LifecycleDriver(engine, rounds, answers, key)
                .at("2020-04-07T09:00").complete(Elements.TASK_DRAFT_PM, Map.of(AgendaProcess.PM_TEXT.name(), "PM"))
                .at("2020-04-30T09:00").complete(Elements.TASK_REVIEW_PROPOSAL,
                        Map.of(AgendaProcess.PRESIDIUM_DECISION.name(), AgendaProcess.DECISION_APPROVE))
                .at("2020-05-04T09:00");
        Task rsr = cycle.task(Elements.TASK_REGISTER_RSR_TREATMENT);

        for (String wrong : new String[] {"5/4/2020", "04.05.2020", "2020-5-4", "2020-02-30", "i måndags"}) {
            assertThatThrownBy(() -> engine.getTaskService().complete(rsr.getId(),
                    Map.of(AgendaProcess.RSR_MEETING_DATE.name(), wrong)))
                    .as(wrong).hasRootCauseInstanceOf(FormRuleViolation.class)
                    .hasRootCauseMessage("Sammanträdesdatum ska skrivas ÅÅÅÅ-MM-DD, till exempel 2027-04-26.");
        }
        assertThat(cycle.task(Elements.TASK_REGISTER_RSR_TREATMENT)).as("still open").isNotNull();

        // a REST client's date value: midnight in Sweden, which is the evening before in UTC
        Date sent = Date.from(LocalDateTime.parse("2020-05-04T00:00").atZone(ZoneId.of("Europe/Stockholm")).toInstant());
        engine.getTaskService().complete(rsr.getId(), Map.of(AgendaProcess.RSR_MEETING_DATE.name(), sent));

        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(rsr.getProcessInstanceId()).variableName(AgendaProcess.RSR_MEETING_DATE.name())
                .singleResult().getValue()).isEqualTo("2020-05-04");
    }

    @Test
    void onlyTheOneShapeIsRead() {
        assertThat(FormDates.parse("2027-04-26", "Datum")).hasToString("2027-04-26");
        assertThatThrownBy(() -> FormDates.parse("26/04/2027", "Datum")).isInstanceOf(FormRuleViolation.class)
                .hasMessage("Datum ska skrivas ÅÅÅÅ-MM-DD, till exempel 2027-04-26.");
    }
}
