package se.paverkansagenda.security;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;

/**
 * The engine refuses a user what belongs to another region's tenant with a message that says so, and its
 * REST API passed that on as a server error naming the instance: proof that it exists. Such a refusal is
 * answered {@code 404}, and so is the engine's own error for an id that does not exist (which its REST API
 * answered {@code 500}), so that the two cannot be told apart: in the engine REST API and the web apps'
 * copy of it, whether the engine's exception comes as it is or wrapped by the REST API.
 */
public final class OtherRegionMappers {

    /**
     * The engine's words for every refusal of its tenant check (ENGINE-13xxx), and for an id that does not
     * exist ({@code "execution … doesn't exist"}, {@code "Cannot find task with id …"}).
     */
    private static final List<String> NOT_THERE = List.of("belongs to no authenticated tenant", "doesn't exist",
            "does not exist", "Cannot find ");

    private OtherRegionMappers() {
    }

    static boolean notThere(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage();
            if (message != null && NOT_THERE.stream().anyMatch(message::contains)) {
                return true;
            }
        }
        return false;
    }

    static Response notFound() {
        return Response.status(Response.Status.NOT_FOUND).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("type", "InvalidRequestException", "message", "Hittades inte")).build();
    }

    /** The engine's exception as it is. */
    @Provider
    @Priority(Priorities.USER - 1)
    public static class Engine implements ExtendedExceptionMapper<ProcessEngineException> {

        @Override
        public boolean isMappable(ProcessEngineException exception) {
            return notThere(exception);
        }

        @Override
        public Response toResponse(ProcessEngineException exception) {
            return notFound();
        }
    }

    /** The engine's exception wrapped by the REST API (an activity instance tree, a form). */
    @Provider
    @Priority(Priorities.USER - 1)
    public static class Rest implements ExtendedExceptionMapper<RestException> {

        /** Only what the REST API would answer as a server error: its own 4xx answers stay as they are. */
        @Override
        public boolean isMappable(RestException exception) {
            return (exception.getStatus() == null || exception.getStatus().getStatusCode() >= 500) && notThere(exception);
        }

        @Override
        public Response toResponse(RestException exception) {
            return notFound();
        }
    }
}
