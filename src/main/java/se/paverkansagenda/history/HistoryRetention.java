package se.paverkansagenda.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A cycle's history is a public authority's record of how a political decision was prepared: the
 * engine keeps it {@code paverkansagenda.history.years} years (10 unless configured) after the
 * cycle ends, whatever a process model says. Every process definition gets that time to live when it
 * is deployed; definitions deployed before with another one get it at start, and the removal time of
 * their ended instances is calculated again (a batch), so the engine's history cleanup removes
 * nothing sooner.
 */
@Component
public class HistoryRetention extends AbstractProcessEnginePlugin {

    private static final Logger LOG = LoggerFactory.getLogger(HistoryRetention.class);

    private final int years;
    private final int days;

    public HistoryRetention(@Value("${paverkansagenda.history.years:10}") int years) {
        if (years < 1) {
            throw new IllegalArgumentException("paverkansagenda.history.years ska vara minst 1, inte " + years);
        }
        this.years = years;
        this.days = daysIn(years);
    }

    /** The years as days, the engine's unit, counting a leap day in every fourth year: 10 years are 3,653 days. */
    static int daysIn(int years) {
        return (int) Math.ceil(years * 365.25);
    }

    public int years() {
        return years;
    }

    /** The time to live in days, as the engine keeps it. */
    public int days() {
        return days;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setHistoryTimeToLive("P" + days + "D");
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
                processDefinition.setHistoryTimeToLive(days);
            }
        });
    }

    /** Definitions deployed with another time to live get this one, and their ended instances new removal times. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    public void keepEveryDefinitionsHistory(ApplicationReadyEvent event) {
        keep(event.getApplicationContext().getBean(ProcessEngine.class));
    }

    /** The batch that calculates the ended instances' removal times again, if any had another time to live. */
    Optional<Batch> keep(ProcessEngine engine) {
        RepositoryService repository = engine.getRepositoryService();
        List<String> changedKeys = new ArrayList<>();
        for (ProcessDefinition definition : repository.createProcessDefinitionQuery().list()) {
            if (!Objects.equals(definition.getHistoryTimeToLive(), days)) {
                repository.updateProcessDefinitionHistoryTimeToLive(definition.getId(), days);
                if (!changedKeys.contains(definition.getKey())) {
                    changedKeys.add(definition.getKey());
                }
            }
        }
        if (changedKeys.isEmpty()) {
            return Optional.empty();
        }
        HistoryService history = engine.getHistoryService();
        HistoricProcessInstanceQuery ended = history.createHistoricProcessInstanceQuery()
                .processDefinitionKeyIn(changedKeys.toArray(String[]::new)).finished();
        long count = ended.count();
        LOG.info("Historiken sparas {} år ({} dagar) efter avslut: {} har fått den tiden, {} avslutade instanser får nya"
                + " borttagningstider", years, days, changedKeys, count);
        return count == 0 ? Optional.empty() : Optional.of(history.setRemovalTimeToHistoricProcessInstances()
                .calculatedRemovalTime().byQuery(ended).hierarchical().executeAsync());
    }
}
