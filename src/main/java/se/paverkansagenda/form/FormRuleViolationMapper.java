package se.paverkansagenda.form;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;

/**
 * A task completion a form rule refused: 400 Bad Request with the rule's own message. The engine wraps
 * every exception from a task listener (ENGINE-03051), and the REST API would answer 500 with the rule's
 * message buried in the wrapper's. Any other error is left to Camunda's mapper, which this one precedes.
 * Registered by {@link FormRuleViolationDiscovery}.
 */
@Provider
@Priority(Priorities.USER - 1)
public class FormRuleViolationMapper implements ExtendedExceptionMapper<RestException> {

    @Override
    public boolean isMappable(RestException exception) {
        return violation(exception) != null;
    }

    @Override
    public Response toResponse(RestException exception) {
        return Response.status(Response.Status.BAD_REQUEST)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ExceptionHandlerHelper.getInstance().fromException(violation(exception)))
                .build();
    }

    private static FormRuleViolation violation(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof FormRuleViolation violation) {
                return violation;
            }
        }
        return null;
    }
}
