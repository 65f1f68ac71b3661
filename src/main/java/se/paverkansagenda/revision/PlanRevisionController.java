package se.paverkansagenda.revision;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.time.OffsetDateTime;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.paverkansagenda.plan.PlanParser;
import se.paverkansagenda.cycle.PlanUpload;
import se.paverkansagenda.document.CsvTable;
import se.paverkansagenda.process.AgendaProcess;
import se.paverkansagenda.security.CurrentUser;
import se.paverkansagenda.web.BadRequestException;

/** A running cycle's plan: revised by its process owner, every version kept and downloadable. */
@RestController
@RequestMapping("/api/cycles/{businessKey}/plan")
public class PlanRevisionController {

    private final PlanRevisions revisions;
    private final CurrentUser user;

    public PlanRevisionController(PlanRevisions revisions, CurrentUser user) {
        this.revisions = revisions;
        this.user = user;
    }

    /**
     * Revises the cycle's plan with the plan in the body (YAML), for the reason given; {@code basedOn} (optional)
     * is the version the change was made from, refused with 409 when a newer one exists.
     */
    @PostMapping(consumes = {"application/yaml", "application/x-yaml", "text/yaml"})
    public ResponseEntity<RevisionView> revise(@PathVariable String businessKey,
                                               @RequestParam(required = false) String reason,
                                               @RequestParam(required = false) Integer basedOn,
                                               HttpServletRequest request) throws IOException {
        user.requireAnyGroup(AgendaProcess.Groups.PROCESS_OWNERS);
        String planYaml = PlanUpload.text(request, "inget har ändrats");
        if (planYaml.isBlank()) {
            throw new BadRequestException("Begäran saknar plan; skicka den ändrade planfilen (YAML) som innehåll");
        }
        PlanRevision revision = revisions.revise(businessKey, planYaml, reason, basedOn, user.id());
        return ResponseEntity.created(URI.create("/api/cycles/" + businessKey + "/plan/versions/" + revision.version()))
                .body(RevisionView.of(revision, PlanParser.warnings(PlanParser.parse(planYaml))));
    }

    /** The plan's versions: the start and each revision with who, when, why and what changed. */
    @GetMapping("/versions")
    public VersionsView versions(@PathVariable String businessKey) {
        user.requireAnyGroup(AgendaProcess.Groups.PROCESS_OWNERS, AgendaProcess.Groups.OFFICIALS);
        int latest = revisions.latestVersion(businessKey);
        return new VersionsView(businessKey, latest,
                revisions.revisions(businessKey).stream().map(r -> RevisionView.of(r, List.of())).toList());
    }

    /**
     * The revisions as CSV for spreadsheets: one row per change, with its version, when, who and why;
     * the Swedish spreadsheet form of the application's other tables.
     */
    @GetMapping(path = "/versions.csv")
    public ResponseEntity<byte[]> versionsCsv(@PathVariable String businessKey) {
        user.requireAnyGroup(AgendaProcess.Groups.PROCESS_OWNERS, AgendaProcess.Groups.OFFICIALS);
        revisions.latestVersion(businessKey);
        List<List<String>> rows = new ArrayList<>();
        for (PlanRevision revision : revisions.revisions(businessKey)) {
            for (String change : revision.changes()) {
                rows.add(List.of(String.valueOf(revision.version()),
                        DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(revision.revisedAt()), revision.revisedBy(),
                        revision.reason(), change));
            }
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(businessKey + "-planandringar.csv").build().toString())
                .body(CsvTable.write(List.of("version", "andrad", "andrad_av", "skal", "andring"), rows));
    }

    /** One version's plan file, as it was given. */
    @GetMapping(path = "/versions/{version}", produces = "application/yaml;charset=UTF-8")
    public ResponseEntity<String> version(@PathVariable String businessKey, @PathVariable int version) {
        user.requireAnyGroup(AgendaProcess.Groups.PROCESS_OWNERS, AgendaProcess.Groups.OFFICIALS);
        String yaml = revisions.version(businessKey, version);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(businessKey + "-plan-v" + version + ".yaml").build().toString())
                .body(yaml);
    }


    /** A revision as the API shows it, with the revised plan's warnings. */
    public record RevisionView(int version, String revisedBy, OffsetDateTime revisedAt, String reason,
                               List<String> changes, List<String> warnings) {
        static RevisionView of(PlanRevision revision, List<String> warnings) {
            return new RevisionView(revision.version(), revision.revisedBy(), revision.revisedAt(), revision.reason(),
                    revision.changes(), warnings);
        }
    }

    /** The cycle's plan versions: the newest number and every revision. */
    public record VersionsView(String businessKey, int latest, List<RevisionView> revisions) {
    }
}
