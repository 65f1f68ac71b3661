package se.paverkansagenda.cycle;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.paverkansagenda.plan.DefaultPlan;
import se.paverkansagenda.process.AgendaProcess;
import se.paverkansagenda.security.CurrentUser;
import se.paverkansagenda.web.BadRequestException;

/** Starts cycles from plan files; the process owner's way in from scripts and tools. */
@RestController
@RequestMapping("/api")
public class CycleController {

    private final CycleService cycles;
    private final CurrentUser user;

    public CycleController(CycleService cycles, CurrentUser user) {
        this.cycles = cycles;
        this.user = user;
    }

    /**
     * Starts a cycle from the plan in the body (YAML). The body is read only up to the size limit: a
     * larger declared length is refused before a byte is read, and a body without one (chunked) is
     * refused as soon as it passes the limit. Not text/plain: a page on another site can post that from
     * a logged-in browser without asking.
     */
    @PostMapping(path = "/cycles", consumes = {"application/yaml", "application/x-yaml", "text/yaml"})
    public ResponseEntity<CycleView> start(HttpServletRequest request) throws IOException {
        user.requireAnyGroup(AgendaProcess.Groups.PROCESS_OWNERS);
        String planYaml = PlanUpload.text(request, "inget har startats");
        if (planYaml.isBlank()) {
            throw new BadRequestException("Begäran saknar plan; skicka planfilen (YAML) som innehåll");
        }
        Cycle cycle = cycles.start(planYaml, user.id());
        return ResponseEntity.created(URI.create("/api/cycles/" + cycle.businessKey()))
                .body(CycleView.of(cycle, cycles.warningsOf(cycle.businessKey())));
    }


    @GetMapping("/cycles/{businessKey}")
    public CycleView get(@PathVariable String businessKey) {
        user.requireAnyGroup(AgendaProcess.Groups.PROCESS_OWNERS, AgendaProcess.Groups.OFFICIALS);
        return CycleView.of(cycles.find(businessKey), cycles.warningsOf(businessKey));
    }

    /** The default plan, to download, adjust and start as a new cycle. */
    @GetMapping(path = "/plans/default", produces = "application/yaml;charset=UTF-8")
    public String defaultPlan() {
        return DefaultPlan.yaml();
    }

    /** A cycle as the API shows it, with its plan's warnings: deadlines it keeps on weekends and public holidays. */
    public record CycleView(String businessKey, String processInstanceId, String startedBy, OffsetDateTime startedAt,
                            List<String> warnings) {
        static CycleView of(Cycle cycle, List<String> warnings) {
            return new CycleView(cycle.businessKey(), cycle.processInstanceId(), cycle.startedBy(), cycle.startedAt(),
                    warnings);
        }
    }
}
