package se.paverkansagenda.stage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.context.ApplicationContext;
import org.springframework.web.context.support.WebApplicationContextUtils;
import se.paverkansagenda.cycle.UnknownCycleException;
import se.paverkansagenda.process.AgendaProcess;
import se.paverkansagenda.security.CurrentUser;
import se.paverkansagenda.security.ForbiddenException;

/**
 * {@code GET /camunda/api/cockpit/plugin/paverkansagenda/{engine}/process-instance/{id}/stages}: the
 * stages of the cycle a process instance belongs to, the same JSON as {@code /api/cycles/{key}/stages},
 * for the Cockpit tab. Cockpit's session logs the user in; the instance must be one the user may read
 * in Camunda, and the user a process owner or official. Also every cycle, running or finished, for
 * the list "Cykler" and its planned-against-actual view, for process owners and administrators.
 * Jersey creates this resource, so it finds the application's services in the Spring context of the
 * servlet context. Everything here only reads.
 */
@Path("plugin/" + CockpitStagesPlugin.ID)
public class CockpitStagesResource extends AbstractCockpitPluginRootResource {

    private static final String JSON_UTF8 = MediaType.APPLICATION_JSON + ";charset=UTF-8";

    public CockpitStagesResource() {
        super(CockpitStagesPlugin.ID);
    }

    @GET
    @Path("{engineName}/process-instance/{processInstanceId}/stages")
    @Produces(MediaType.APPLICATION_JSON)
    public Response stages(@PathParam("engineName") String engineName,
                           @PathParam("processInstanceId") String processInstanceId) throws JsonProcessingException {
        ApplicationContext spring = WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext);
        ObjectMapper json = spring.getBean(ObjectMapper.class);
        ProcessEngine engine = spring.getBean(ProcessEngine.class);
        if (!engine.getName().equals(engineName)) {
            return problem(json, Response.Status.NOT_FOUND, "Processmotorn " + engineName + " finns inte");
        }
        try {
            spring.getBean(CurrentUser.class).requireAnyGroup(AgendaProcess.Groups.PROCESS_OWNERS, AgendaProcess.Groups.OFFICIALS);
        } catch (ForbiddenException refused) {
            return problem(json, Response.Status.FORBIDDEN, refused.getMessage());
        }
        // as the logged-in user: Camunda's authorizations decide whether the instance can be seen
        HistoricProcessInstance instance = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult();
        if (instance == null || instance.getBusinessKey() == null) {
            return problem(json, Response.Status.NOT_FOUND, "Processinstansen " + processInstanceId
                    + " finns inte eller hör inte till någon cykel");
        }
        try {
            CycleProgress progress = spring.getBean(StageProgress.class).of(instance.getBusinessKey());
            return Response.ok(json.writeValueAsString(progress), JSON_UTF8).build();
        } catch (UnknownCycleException notACycle) {
            return problem(json, Response.Status.NOT_FOUND, notACycle.getMessage());
        }
    }

    /**
     * {@code GET …/{engine}/cycles}: every cycle, running or finished, for the list "Cykler" on
     * Cockpit's dashboard. For process owners and administrators.
     */
    @GET
    @Path("{engineName}/cycles")
    @Produces(MediaType.APPLICATION_JSON)
    public Response cycles(@PathParam("engineName") String engineName) throws JsonProcessingException {
        ApplicationContext spring = WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext);
        ObjectMapper json = spring.getBean(ObjectMapper.class);
        Response refused = refusedToProcessOwners(spring, json, engineName);
        if (refused != null) {
            return refused;
        }
        return Response.ok(json.writeValueAsString(spring.getBean(CycleOverviews.class).all()), JSON_UTF8).build();
    }

    /**
     * {@code GET …/{engine}/cycles/{key}/stages}: the planned-against-actual view of one cycle, running
     * or finished (Cockpit cannot open a finished instance). For process owners and administrators.
     */
    @GET
    @Path("{engineName}/cycles/{businessKey}/stages")
    @Produces(MediaType.APPLICATION_JSON)
    public Response cycleStages(@PathParam("engineName") String engineName,
                                @PathParam("businessKey") String businessKey) throws JsonProcessingException {
        ApplicationContext spring = WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext);
        ObjectMapper json = spring.getBean(ObjectMapper.class);
        Response refused = refusedToProcessOwners(spring, json, engineName);
        if (refused != null) {
            return refused;
        }
        try {
            return Response.ok(json.writeValueAsString(spring.getBean(StageProgress.class).of(businessKey)), JSON_UTF8)
                    .build();
        } catch (UnknownCycleException unknown) {
            return problem(json, Response.Status.NOT_FOUND, unknown.getMessage());
        }
    }

    /** The answer refusing the call, or null when the engine exists and the user is a process owner or administrator. */
    private static Response refusedToProcessOwners(ApplicationContext spring, ObjectMapper json, String engineName)
            throws JsonProcessingException {
        if (!spring.getBean(ProcessEngine.class).getName().equals(engineName)) {
            return problem(json, Response.Status.NOT_FOUND, "Processmotorn " + engineName + " finns inte");
        }
        try {
            spring.getBean(CurrentUser.class).requireAnyGroup(AgendaProcess.Groups.PROCESS_OWNERS);
            return null;
        } catch (ForbiddenException refused) {
            return problem(json, Response.Status.FORBIDDEN, refused.getMessage());
        }
    }

    private static Response problem(ObjectMapper json, Response.Status status, String detail) throws JsonProcessingException {
        return Response.status(status)
                .entity(json.writeValueAsString(Map.of("status", status.getStatusCode(), "detail", detail)))
                .type(JSON_UTF8).build();
    }
}
