package se.paverkansagenda.stage;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The stages of a cycle as a PDF document: the timeline's table, written as XHTML from
 * {@code templates/stage/timeline-pdf.xhtml} (Thymeleaf in XML mode escapes every text) and laid out by
 * openhtmltopdf. The document needs nothing from outside, and the renderer is told to fetch nothing:
 * every external resource (http, file, anything) is refused before and after its address is resolved.
 */
@Component
public class StagePdf {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    private final SpringTemplateEngine templates = new SpringTemplateEngine();

    public StagePdf() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/stage/");
        resolver.setSuffix(".xhtml");
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding("UTF-8");
        templates.setTemplateResolver(resolver);
    }

    public byte[] pdf(CycleProgress progress) {
        return render(templates.process("timeline-pdf", new Context(SWEDISH, Map.of("progress", progress,
                "rows", TimelineRow.of(progress)))));
    }

    /** Lays out XHTML as PDF without fetching any resource it names. */
    static byte[] render(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.useUriResolver((base, uri) -> null);
        builder.withHtmlContent(xhtml, null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
