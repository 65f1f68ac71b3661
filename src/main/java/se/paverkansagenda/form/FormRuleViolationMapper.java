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
 * A task completion or change a form rule refused: the violation's status (400, 403 or 404) with the
 * rule's own message. The engine wraps every exception from a task listener (ENGINE-03051), and the
 * REST API wraps most engine exceptions in a {@link RestException} with status 500: the violation is
 * looked for among the causes, or, where a resource passed on only its message, recognised by it. Any other error is left to Camunda's mappers, which these precede.
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
        return response(violation(exception));
    }

    static Response response(FormRuleViolation violation) {
        return Response.status(violation.status())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ExceptionHandlerHelper.getInstance().fromException(violation))
                .build();
    }

    static FormRuleViolation violation(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof FormRuleViolation violation) {
                return violation;
            }
            FormRuleViolation serialized = SerializedJava.fromEngine(cause).orElse(null);
            if (serialized != null) {
                return serialized;
            }
        }
        // passed on by the REST resource as a new exception with the violation's message only
        return FormRuleViolation.lastWithMessage(exception.getMessage());
    }
}
