package se.paverkansagenda.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
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
    void aModelWithAShorterTimeToLiveGetsTheConfiguredOneAndADefinitionChangedSinceGetsItBackAtStartWithItsEndedInstances() {
        Deployment deployment = engine.getRepositoryService().createDeployment().name("retention")
                .addModelInstance("retentionProbe.bpmn", Bpmn.createExecutableProcess("retentionProbe")
                        .camundaHistoryTimeToLive(1).startEvent().endEvent().done())
                .deploy();
        try {
            ProcessDefinition probe = engine.getRepositoryService().createProcessDefinitionQuery()
                    .deploymentId(deployment.getId()).singleResult();
            assertThat(probe.getHistoryTimeToLive()).isEqualTo(3653);

            // as a database from before: the definition kept 30 days, and an instance ended with that
            engine.getRepositoryService().updateProcessDefinitionHistoryTimeToLive(probe.getId(), 30);
            String ended = engine.getRuntimeService().startProcessInstanceById(probe.getId()).getId();
            HistoricProcessInstance before = historic(ended);
            assertThat(before.getRemovalTime()).isEqualTo(Date.from(before.getEndTime().toInstant().plus(Duration.ofDays(30))));

            Batch batch = retention.keep(engine).orElseThrow();
            runBatch(batch);

            assertThat(engine.getRepositoryService().getProcessDefinition(probe.getId()).getHistoryTimeToLive())
                    .isEqualTo(3653);
            assertThat(historic(ended).getRemovalTime())
                    .isEqualTo(Date.from(before.getEndTime().toInstant().plus(Duration.ofDays(3653))));
            assertThat(retention.keep(engine)).as("nothing left to change").isEmpty();
        } finally {
            engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
        }
    }

    private HistoricProcessInstance historic(String id) {
        return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(id).singleResult();
    }

    /** The batch's seed job, each of its jobs and its monitor, as the job executor would run them. */
    private void runBatch(Batch batch) {
        ManagementService management = engine.getManagementService();
        for (String definition : List.of(batch.getSeedJobDefinitionId(), batch.getBatchJobDefinitionId(),
                batch.getMonitorJobDefinitionId())) {
            for (Job job : management.createJobQuery().jobDefinitionId(definition).list()) {
                management.executeJob(job.getId());
            }
        }
        if (management.createBatchQuery().batchId(batch.getId()).count() > 0) {
            management.deleteBatch(batch.getId(), true);
        }
    }
}
