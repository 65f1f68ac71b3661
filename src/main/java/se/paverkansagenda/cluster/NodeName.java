package se.paverkansagenda.cluster;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * With more than one node, each may be given a name ({@code paverkansagenda.node-name}, from
 * {@code PA_NODE_NAME}): the jobs a node has locked carry it as their lock owner, and the job log
 * (Cockpit's job history) and the engine's metrics as their host name, so it shows which node holds or
 * ran a job. Without a name the engine's own are kept: a random lock owner and the host's address.
 */
@Component
public class NodeName extends AbstractProcessEnginePlugin {

    private final String name;

    public NodeName(@Value("${paverkansagenda.node-name:}") String name) {
        this.name = name == null ? "" : name.strip();
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (!name.isEmpty()) {
            configuration.setHostname(name);
        }
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        JobExecutor jobExecutor = configuration.getJobExecutor();
        if (!name.isEmpty() && jobExecutor != null) {
            jobExecutor.setLockOwner(name);
        }
    }

    public String name() {
        return name;
    }
}
