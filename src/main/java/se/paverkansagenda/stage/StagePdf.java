package se.paverkansagenda.stage;

import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import se.paverkansagenda.council.TreatmentService;
import se.paverkansagenda.document.PdfRenderer;
import se.paverkansagenda.revision.PlanRevisions;

/**
 * The stages of a cycle as a PDF document: the timeline's table, the councils' decisions and the plan's revisions, written as XHTML from
 * {@code templates/stage/timeline-pdf.xhtml} (Thymeleaf in XML mode escapes every text) and laid out by
 * the application's {@link PdfRenderer}, which fetches nothing from outside.
 */
@Component
public class StagePdf {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    private final SpringTemplateEngine templates = new SpringTemplateEngine();
    private final PdfRenderer renderer;
    private final TreatmentService treatments;
    private final PlanRevisions revisions;

    public StagePdf(PdfRenderer renderer, TreatmentService treatments, PlanRevisions revisions) {
        this.renderer = renderer;
        this.treatments = treatments;
        this.revisions = revisions;
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/stage/");
        resolver.setSuffix(".xhtml");
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding("UTF-8");
        templates.setTemplateResolver(resolver);
    }

    public byte[] pdf(CycleProgress progress) {
        return renderer.fromHtml(templates.process("timeline-pdf", new Context(SWEDISH, Map.of("progress", progress,
                "rows", TimelineRow.of(progress), "decisions", treatments.decisionLines(progress.businessKey()),
                "revisions", revisions.revisions(progress.businessKey()).stream().map(RevisionLine::of).toList()))));
    }
}
