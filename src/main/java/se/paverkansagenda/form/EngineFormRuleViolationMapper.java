package se.paverkansagenda.form;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.ProcessEngineException;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;

/**
 * The same as {@link FormRuleViolationMapper} for the engine exceptions the REST API passes on
 * unwrapped (claiming, assigning, changing variables): a {@link FormRuleViolation} or an engine
 * exception caused by one.
 */
@Provider
@Priority(Priorities.USER - 1)
public class EngineFormRuleViolationMapper implements ExtendedExceptionMapper<ProcessEngineException> {

    @Override
    public boolean isMappable(ProcessEngineException exception) {
        return FormRuleViolationMapper.violation(exception) != null;
    }

    @Override
    public Response toResponse(ProcessEngineException exception) {
        return FormRuleViolationMapper.response(FormRuleViolationMapper.violation(exception));
    }
}
