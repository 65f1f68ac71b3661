package se.paverkansagenda.stage;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import se.paverkansagenda.council.TreatmentService;
import se.paverkansagenda.cycle.UnknownCycleException;
import se.paverkansagenda.process.AgendaProcess;
import se.paverkansagenda.revision.PlanRevisions;
import se.paverkansagenda.security.CurrentUser;
import se.paverkansagenda.security.ForbiddenException;

/**
 * A cycle's timeline, planned against actual, for the process owner and the officials: a Swedish page
 * with the chart drawn on the server and a table (no JavaScript needed), and the same figures as CSV
 * and PDF. The figures are those of the stages JSON ({@link StageProgress}).
 */
@Controller
@RequestMapping("/api/cycles/{businessKey}")
public class TimelineController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final StageProgress progress;
    private final StagePdf pdf;
    private final CurrentUser user;
    private final TreatmentService treatments;
    private final PlanRevisions revisions;

    public TimelineController(StageProgress progress, StagePdf pdf, CurrentUser user, TreatmentService treatments,
                              PlanRevisions revisions) {
        this.progress = progress;
        this.pdf = pdf;
        this.user = user;
        this.treatments = treatments;
        this.revisions = revisions;
    }

    @GetMapping("/tidslinje")
    public String page(@PathVariable String businessKey, Model model) {
        CycleProgress cycle = allowed(businessKey);
        model.addAttribute("progress", cycle);
        model.addAttribute("rows", TimelineRow.of(cycle));
        model.addAttribute("chart", TimelineChart.svg(cycle));
        model.addAttribute("asOf", StageText.moment(cycle.asOf()));
        model.addAttribute("lateCount", cycle.stages().stream().filter(Stage::late).count());
        model.addAttribute("decisions", treatments.decisionLines(businessKey));
        model.addAttribute("revisions", revisions.revisions(businessKey).stream().map(RevisionLine::of).toList());
        return "stage/timeline";
    }

    @GetMapping("/stages.csv")
    public ResponseEntity<String> csv(@PathVariable String businessKey) {
        CycleProgress cycle = allowed(businessKey);
        return download(cycle, "csv", CSV).body(StageCsv.csv(cycle));
    }

    @GetMapping("/stages.pdf")
    public ResponseEntity<byte[]> pdf(@PathVariable String businessKey) {
        CycleProgress cycle = allowed(businessKey);
        return download(cycle, "pdf", MediaType.APPLICATION_PDF).body(pdf.pdf(cycle));
    }

    private CycleProgress allowed(String businessKey) {
        user.requireAnyGroup(AgendaProcess.Groups.PROCESS_OWNERS, AgendaProcess.Groups.OFFICIALS);
        return progress.of(businessKey);
    }

    private static ResponseEntity.BodyBuilder download(CycleProgress cycle, String extension, MediaType type) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(cycle.businessKey() + "-tidslinje." + extension).build().toString());
    }

    @ExceptionHandler(UnknownCycleException.class)
    String unknown(UnknownCycleException e, HttpServletResponse response, Model model) {
        return problem(response, model, HttpServletResponse.SC_NOT_FOUND, "Hittades inte", e.getMessage());
    }

    @ExceptionHandler(ForbiddenException.class)
    String forbidden(ForbiddenException e, HttpServletResponse response, Model model) {
        return problem(response, model, HttpServletResponse.SC_FORBIDDEN, "Åtkomst nekad", e.getMessage());
    }

    private static String problem(HttpServletResponse response, Model model, int status, String title, String message) {
        response.setStatus(status);
        model.addAttribute("title", title);
        model.addAttribute("message", message);
        return "answer/problem";
    }
}
