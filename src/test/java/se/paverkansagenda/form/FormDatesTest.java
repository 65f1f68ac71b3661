package se.paverkansagenda.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import se.paverkansagenda.AgendaWork;
import se.paverkansagenda.IntegrationTest;
import se.paverkansagenda.Lifecycles;
import se.paverkansagenda.LifecycleDriver;
import se.paverkansagenda.agenda.AgendaService;
import se.paverkansagenda.process.AgendaProcess;
import se.paverkansagenda.process.AgendaProcess.Elements;
import se.paverkansagenda.workshop.WorkshopService;

/** The workshop's date is stored one way, ÅÅÅÅ-MM-DD text, whatever completes the task; another shape is refused. */
@IntegrationTest
class FormDatesTest {

    @Autowired
    Lifecycles lifecycles;
    @Autowired
    ProcessEngine engine;
    @Autowired
    WorkshopService workshop;
    @Autowired
    AgendaService agenda;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theWorkshopDateIsStoredAsIsoTextAndAnyOtherShapeIsRefused() {
        AgendaWork work = lifecycles.work();
        LifecycleDriver cycle = lifecycles.atWorkshop("FDT", 10);
        work.prioritiseEveryProposal(cycle.cycleKey());
        Task workshopTask = cycle.task(Elements.TASK_PRIORITISE_INPUT);

        for (String wrong : new String[] {"11/9/2020", "09.11.2020", "2020-11-9", "2020-02-30", "i måndags"}) {
            assertThatThrownBy(() -> engine.getTaskService().complete(workshopTask.getId(),
                    Map.of(AgendaProcess.WORKSHOP_DATE.name(), wrong)))
                    .as(wrong).hasRootCauseInstanceOf(FormRuleViolation.class)
                    .hasRootCauseMessage("Datum för workshopen ska skrivas ÅÅÅÅ-MM-DD, till exempel 2027-04-26.");
        }
        assertThat(cycle.task(Elements.TASK_PRIORITISE_INPUT)).as("still open").isNotNull();

        // a REST client's date value: midnight in Sweden, which is the evening before in UTC
        Date sent = Date.from(LocalDateTime.parse("2020-11-09T00:00").atZone(ZoneId.of("Europe/Stockholm")).toInstant());
        engine.getTaskService().complete(workshopTask.getId(), Map.of(AgendaProcess.WORKSHOP_DATE.name(), sent));

        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(workshopTask.getProcessInstanceId()).variableName(AgendaProcess.WORKSHOP_DATE.name())
                .singleResult().getValue()).isEqualTo("2020-11-09");
    }

    @Test
    void onlyTheOneShapeIsRead() {
        assertThat(FormDates.parse("2027-04-26", "Datum")).hasToString("2027-04-26");
        assertThatThrownBy(() -> FormDates.parse("26/04/2027", "Datum")).isInstanceOf(FormRuleViolation.class)
                .hasMessage("Datum ska skrivas ÅÅÅÅ-MM-DD, till exempel 2027-04-26.");
    }
}
