package se.paverkansagenda.security;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** Puts {@link CandidateGroupAssignment} and {@link TaskModelFields} in front of every command the engine runs. */
@Component
public class CandidateGroupAssignmentPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostCommandInterceptorsTxRequired() == null) {
            configuration.setCustomPostCommandInterceptorsTxRequired(new ArrayList<>());
        }
        configuration.getCustomPostCommandInterceptorsTxRequired().add(new CandidateGroupAssignment());
        configuration.getCustomPostCommandInterceptorsTxRequired().add(new TaskModelFields());
    }
}
