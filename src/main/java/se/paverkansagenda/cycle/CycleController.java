package se.paverkansagenda.cycle;

import java.net.URI;
import java.time.OffsetDateTime;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
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

    static final int MAX_PLAN_CHARS = 1_000_000;

    private final CycleService cycles;
    private final CurrentUser user;

    public CycleController(CycleService cycles, CurrentUser user) {
        this.cycles = cycles;
        this.user = user;
    }

    /** Starts a cycle from the plan in the body (YAML). */
    /** Not text/plain: a page on another site can post that from a logged-in browser without asking. */
    @PostMapping(path = "/cycles", consumes = {"application/yaml", "application/x-yaml", "text/yaml"})
    public ResponseEntity<CycleView> start(@RequestBody(required = false) String planYaml) {
        user.requireAnyGroup(AgendaProcess.Groups.PROCESS_OWNERS);
        if (planYaml == null || planYaml.isBlank()) {
            throw new BadRequestException("Begäran saknar plan; skicka planfilen (YAML) som innehåll");
        }
        if (planYaml.length() > MAX_PLAN_CHARS) {
            throw new BadRequestException("Planen är för stor (högst " + MAX_PLAN_CHARS + " tecken)");
        }
        Cycle cycle = cycles.start(planYaml, user.id());
        return ResponseEntity.created(URI.create("/api/cycles/" + cycle.businessKey())).body(CycleView.of(cycle));
    }

    @GetMapping("/cycles/{businessKey}")
    public CycleView get(@PathVariable String businessKey) {
        user.requireAnyGroup(AgendaProcess.Groups.PROCESS_OWNERS, AgendaProcess.Groups.OFFICIALS);
        return CycleView.of(cycles.find(businessKey));
    }

    /** The default plan, to download, adjust and start as a new cycle. */
    @GetMapping(path = "/plans/default", produces = "application/yaml;charset=UTF-8")
    public String defaultPlan() {
        return DefaultPlan.yaml();
    }

    public record CycleView(String businessKey, String processInstanceId, String startedBy, OffsetDateTime startedAt) {
        static CycleView of(Cycle cycle) {
            return new CycleView(cycle.businessKey(), cycle.processInstanceId(), cycle.startedBy(), cycle.startedAt());
        }
    }
}
