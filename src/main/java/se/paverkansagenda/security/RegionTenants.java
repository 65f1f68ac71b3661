package se.paverkansagenda.security;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.springframework.stereotype.Component;
import se.paverkansagenda.plan.Plan;
import se.paverkansagenda.process.AgendaProcess;

/**
 * Each region is a Camunda tenant, its id the region's code ({@code JH}, {@code VN}). The process models
 * are deployed once, for every region (without a tenant); each process instance gets the tenant of its
 * cycle's region, and with it its tasks, jobs, incidents, variables and history. For a logged-in user the
 * engine then shows only the instances of the user's tenants, in Tasklist, Cockpit and the engine REST
 * API alike (administrators see all).
 *
 * <p>A called process (a request of a round) takes its caller's tenant; any other instance is started with
 * its cycle's key ({@link AgendaProcess#CYCLE_KEY}), whose region is the tenant. Every start of the lifecycle
 * passes one or the other; an instance with neither (a probe of a test) belongs to no region.
 */
@Component
public class RegionTenants extends AbstractProcessEnginePlugin implements TenantIdProvider {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setTenantIdProvider(this);
    }

    @Override
    public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext context) {
        DelegateExecution caller = context.getSuperExecution();
        if (caller != null) {
            return caller.getTenantId();
        }
        Object cycleKey = context.getVariables().get(AgendaProcess.CYCLE_KEY.name());
        return Plan.regionOfBusinessKey(cycleKey instanceof String key ? key : null).orElse(null);
    }

    @Override
    public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext context) {
        return null;
    }

    @Override
    public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext context) {
        return context.getExecution() == null ? null : context.getExecution().getTenantId();
    }
}
