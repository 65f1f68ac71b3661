package se.paverkansagenda.document;

import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Renders XHTML (see {@link Xhtml}) to PDF with openhtmltopdf. Documents carry everything they show:
 * every outside resource (images, style sheets, fonts; over http, from files or jars) is refused
 * before its address is even resolved, so rendering user text never makes a request.
 */
@Component
public class PdfRenderer {

    private static final Logger LOG = LoggerFactory.getLogger(PdfRenderer.class);
    private static final String[] FETCHING_PROTOCOLS = {"http", "https", "file", "jar", "ftp"};

    private final Consumer<String> onRefused;

    public PdfRenderer() {
        this(uri -> LOG.warn("An outside resource was refused while rendering a PDF: {}", uri));
    }

    /** With a listener told of every refused resource. */
    PdfRenderer(Consumer<String> onRefused) {
        this.onRefused = onRefused;
    }

    public byte[] fromHtml(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(xhtml, null);
            builder.useExternalResourceAccessControl(this::refuse, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.useExternalResourceAccessControl(this::refuse, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            builder.useUriResolver((base, uri) -> {
                onRefused.accept(uri);
                return null;
            });
            FSStreamFactory noStreams = uri -> {
                throw new IllegalStateException("Outside resources are refused: " + uri);
            };
            builder.useHttpStreamImplementation(noStreams);
            builder.useProtocolsStreamImplementation(noStreams, FETCHING_PROTOCOLS);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private boolean refuse(String uri, ExternalResourceType type) {
        onRefused.accept(uri);
        return false;
    }
}
