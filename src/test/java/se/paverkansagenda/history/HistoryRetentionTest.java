package se.paverkansagenda.history;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.paverkansagenda.IntegrationTest;

/** Every process definition keeps its history the configured number of years, whatever its model says. */
@IntegrationTest
class HistoryRetentionTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    HistoryRetention retention;

    @Test
    void tenYearsUnlessConfiguredCountingLeapDays() {
        assertThat(retention.years()).isEqualTo(10);
        assertThat(HistoryRetention.daysIn(10)).isEqualTo(3653);
        assertThat(HistoryRetention.daysIn(1)).isEqualTo(366);
    }

    @Test
    void everyDeployedProcessDefinitionKeepsItsHistoryTenYears() {
        assertThat(engine.getRepositoryService().createProcessDefinitionQuery().list())
                .extracting(ProcessDefinition::getKey)
                .contains("paverkansagenda", "requestRound", "requestReminders", "answerAfterClose");
        assertThat(engine.getRepositoryService().createProcessDefinitionQuery().list())
                .allSatisfy(definition -> assertThat(definition.getHistoryTimeToLive()).as(definition.getKey()).isEqualTo(3653));
    }

    @Test
    void aModelWithAShorterTimeToLiveGetsTheConfiguredOneAndADefinitionChangedSinceGetsItBackAtStart() {
        Deployment deployment = engine.getRepositoryService().createDeployment().name("retention")
                .addModelInstance("retentionProbe.bpmn", Bpmn.createExecutableProcess("retentionProbe")
                        .camundaHistoryTimeToLive(1).startEvent().endEvent().done())
                .deploy();
        try {
            ProcessDefinition probe = engine.getRepositoryService().createProcessDefinitionQuery()
                    .deploymentId(deployment.getId()).singleResult();
            assertThat(probe.getHistoryTimeToLive()).isEqualTo(3653);

            engine.getRepositoryService().updateProcessDefinitionHistoryTimeToLive(probe.getId(), 30);
            retention.keep(engine);

            assertThat(engine.getRepositoryService().getProcessDefinition(probe.getId()).getHistoryTimeToLive())
                    .isEqualTo(3653);
        } finally {
            engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
        }
    }
}
