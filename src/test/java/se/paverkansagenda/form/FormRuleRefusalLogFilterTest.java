package se.paverkansagenda.form;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.spi.FilterReply;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The engine's error for a refused form stays out of the log; every other engine error stays in. */
class FormRuleRefusalLogFilterTest {

    private final FormRuleRefusalLogFilter filter = new FormRuleRefusalLogFilter();
    private final LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
    private final Logger engineContext = logging.getLogger(FormRuleRefusalLogFilter.ENGINE_CONTEXT_LOGGER);

    @Test
    void aCommandRefusedByAFormRuleIsNotLoggedAsAnError() {
        // as the engine wraps it: ENGINE-03051 around the listener's exception, passed as the last argument
        ProcessEngineException wrapped = new ProcessEngineException("ENGINE-03051",
                new FormRuleViolation("Ett förslag som återsänds behöver en kommentar."));

        assertThat(decide(engineContext, Level.ERROR, wrapped)).isEqualTo(FilterReply.DENY);
    }

    @Test
    void aJavaSerializedValueTheEngineRefusedIsNotLoggedAsAnError() {
        ProcessEngineException refused = new ProcessEngineException(
                "ENGINE-17007 Cannot set variable with name pmTitle. Java serialization format is prohibited");

        assertThat(decide(engineContext, Level.ERROR, refused)).isEqualTo(FilterReply.DENY);
    }

    @Test
    void anyOtherFailedCommandIsStillLogged() {
        assertThat(decide(engineContext, Level.ERROR, new ProcessEngineException("mail server down")))
                .isEqualTo(FilterReply.NEUTRAL);
        assertThat(decide(logging.getLogger("se.paverkansagenda"), Level.ERROR,
                new FormRuleViolation("elsewhere"))).isEqualTo(FilterReply.NEUTRAL);
    }

    @Test
    void theFilterIsInstalledOnceHoweverOftenItIsCreated() {
        new FormRuleRefusalLogFilter();

        assertThat(logging.getTurboFilterList()).filteredOn(f -> f instanceof FormRuleRefusalLogFilter).hasSize(1);
    }

    private FilterReply decide(Logger logger, Level level, Throwable thrown) {
        return filter.decide(null, logger, level, "ENGINE-16004 Exception while closing command context: {}",
                new Object[] {thrown.getMessage(), thrown}, null);
    }
}
