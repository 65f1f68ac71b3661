package se.paverkansagenda;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.paverkansagenda.process.AgendaProcess;
import se.paverkansagenda.process.RequestRoundProcess;

@IntegrationTest
class ApplicationStartsTest {

    @Autowired
    RepositoryService repositoryService;

    @Test
    void deploysBothProcesses() {
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(AgendaProcess.KEY).count())
                .isEqualTo(1);
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(RequestRoundProcess.KEY).count())
                .isEqualTo(1);
    }
}
