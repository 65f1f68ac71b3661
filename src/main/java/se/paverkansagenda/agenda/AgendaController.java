package se.paverkansagenda.agenda;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.paverkansagenda.web.PageGuard;

/** The agenda as JSON: its versions, saving a new one, two versions compared, statements linked to sections. */
@RestController
@RequestMapping("/api/cycles/{cycleKey}/agenda")
public class AgendaController {

    private final AgendaService agenda;
    private final PageGuard guard;

    public AgendaController(AgendaService agenda, PageGuard guard) {
        this.agenda = agenda;
        this.guard = guard;
    }

    @GetMapping
    public AgendaView get(@PathVariable String cycleKey) {
        guard.allowed();
        return new AgendaView(cycleKey, agenda.decision(cycleKey), agenda.latest(cycleKey).orElse(null),
                agenda.versions(cycleKey).stream().map(v -> new VersionSummary(v.number(), v.author(),
                        v.savedAt().toString(), v.note())).toList(), agenda.links(cycleKey));
    }

    @GetMapping("/versions/{number}")
    public AgendaVersion version(@PathVariable String cycleKey, @PathVariable int number) {
        guard.allowed();
        return agenda.version(cycleKey, number);
    }

    /** 201 with the new version; 400 naming each problem; 409 when someone saved first or the agenda is closed. */
    @PostMapping("/versions")
    public ResponseEntity<AgendaVersion> save(@PathVariable String cycleKey, @RequestBody SaveBody body) {
        String user = guard.allowed();
        AgendaVersion saved = agenda.save(cycleKey, body.fromVersion(),
                body.sections() == null ? List.of() : body.sections(), body.note(), user);
        return ResponseEntity.status(HttpStatus.CREATED).body(saved);
    }

    @GetMapping("/diff")
    public List<AgendaDiff.SectionDiff> diff(@PathVariable String cycleKey, @RequestParam int from, @RequestParam int to) {
        guard.allowed();
        return AgendaDiff.compare(agenda.version(cycleKey, from), agenda.version(cycleKey, to));
    }

    /** 201 when linked, 200 when it was linked already. */
    @PutMapping("/sections/{sectionKey}/statements/{statementId}")
    public ResponseEntity<Void> link(@PathVariable String cycleKey, @PathVariable String sectionKey,
                                     @PathVariable String statementId) {
        String user = guard.allowed();
        boolean linked = agenda.link(cycleKey, statementId, sectionKey, user);
        return ResponseEntity.status(linked ? HttpStatus.CREATED : HttpStatus.OK).build();
    }

    @DeleteMapping("/sections/{sectionKey}/statements/{statementId}")
    public ResponseEntity<Void> unlink(@PathVariable String cycleKey, @PathVariable String sectionKey,
                                       @PathVariable String statementId) {
        guard.allowed();
        return agenda.unlink(cycleKey, statementId, sectionKey) ? ResponseEntity.noContent().build()
                : ResponseEntity.notFound().build();
    }

    public record SaveBody(int fromVersion, String note, List<SectionDraft> sections) {
    }

    public record AgendaView(String cycleKey, AgendaDecision decision, AgendaVersion latest,
                             List<VersionSummary> versions, List<StatementLink> statementLinks) {
    }

    public record VersionSummary(int number, String author, String savedAt, String note) {
    }
}
