package se.paverkansagenda.document;

import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.extend.FontContext;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfBoxTextRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.FSFont;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Renders XHTML (see {@link Xhtml}) to PDF with openhtmltopdf. Documents carry everything they show:
 * every outside resource (images, style sheets, fonts; over http, from files or jars) is refused
 * before its address is even resolved, so rendering user text never makes a request.
 *
 * <p>Every text is set in DejaVu Sans (or, where a style sheet asks for it, DejaVu Sans Condensed), embedded as a subset of the glyphs the document uses, so every
 * letter of Swedish, the Sami languages (ŋ, đ, ŧ, š, ž, á, …), Finnish and Meänkieli prints as written:
 * the font is registered under its own name, under the generic and standard family names a style sheet
 * may ask for (which would otherwise be the PDF base-14 fonts, whose WinAnsi encoding lacks ŋ), and as
 * the first fallback for any other family.
 *
 * <p>The faces are read without their glyph substitution table (GSUB). PDFBox applies that table's
 * Latin features to every string it draws, with regular expressions built afresh for each one: half
 * of the time a large compilation took. Every letter above is a glyph of its own in the font's
 * character map, so the text is drawn and extracted as written either way; what is given up are the
 * ligatures (fi, fl) and composing a letter from a base and a combining accent into one glyph.
 */
@Component
public class PdfRenderer {

    private static final Logger LOG = LoggerFactory.getLogger(PdfRenderer.class);
    private static final int TABLE_DIRECTORY = 12;
    private static final int TABLE_RECORD = 16;
    private static final int GSUB = 0x47535542;
    private static final String[] FETCHING_PROTOCOLS = {"http", "https", "file", "jar", "ftp"};

    /** The family the documents' style sheets name. */
    public static final String FONT_FAMILY = "DejaVu Sans";
    /** The narrower family, for wide tables. */
    public static final String CONDENSED_FONT_FAMILY = "DejaVu Sans Condensed";
    private static final List<String> STANDARD_FAMILIES = List.of("sans-serif", "serif", "monospace", "SansSerif",
            "Serif", "Monospaced", "Helvetica", "Arial", "Times", "Times New Roman", "TimesRoman", "Courier",
            "Courier New");

    private final Consumer<String> onRefused;

    public PdfRenderer() {
        this(uri -> LOG.warn("An outside resource was refused while rendering a PDF: {}", uri));
    }

    /** With a listener told of every refused resource. */
    PdfRenderer(Consumer<String> onRefused) {
        this.onRefused = onRefused;
    }

    public byte[] fromHtml(String xhtml) {
        return fromHtml(xhtml, WidthsMeasuredOnce::new);
    }

    /** With the text renderer that measures and draws the text (openhtmltopdf's own, or one that keeps widths). */
    byte[] fromHtml(String xhtml, Supplier<? extends PdfBoxTextRenderer> textRenderer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            useEmbeddedFont(builder);
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
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.getSharedContext().setTextRenderer(textRenderer.get());
                renderer.createPDF();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Measures each piece of text once per font and document. The layout asks for the width of every
     * word it places, and a compilation has the same words (the areas, the labels, the municipalities'
     * names) thousands of times; PDFBox measures a word by encoding it and reading the codes back, a
     * sixth of a large compilation's time. The width of a text in a font is always the same, so the
     * answer is kept.
     */
    static final class WidthsMeasuredOnce extends PdfBoxTextRenderer {

        private final Map<FSFont, Map<String, Integer>> widths = new IdentityHashMap<>();
        private int measured;
        private int asked;

        @Override
        public int getWidth(FontContext context, FSFont font, String text) {
            asked++;
            Map<String, Integer> ofFont = widths.computeIfAbsent(font, f -> new HashMap<>());
            Integer width = ofFont.get(text);
            if (width == null) {
                width = super.getWidth(context, font, text);
                ofFont.put(text, width);
                measured++;
            }
            return width;
        }

        /** How many widths were measured rather than found. */
        int measured() {
            return measured;
        }

        /** How many widths the layout asked for. */
        int asked() {
            return asked;
        }
    }

    private static void useEmbeddedFont(PdfRendererBuilder builder) {
        for (Face face : Face.values()) {
            if (face.condensed) {
                builder.useFont(face::open, CONDENSED_FONT_FAMILY, face.weight, face.style, true);
                continue;
            }
            builder.useFont(face::open, FONT_FAMILY, face.weight, face.style, true,
                    EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.FALLBACK_PRE));
            for (String family : STANDARD_FAMILIES) {
                builder.useFont(face::open, family, face.weight, face.style, true);
            }
        }
    }

    /** The faces of DejaVu Sans and DejaVu Sans Condensed, read once from the font package on the class path. */
    private enum Face {
        REGULAR("DejaVuSans.ttf", 400, FontStyle.NORMAL),
        BOLD("DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL),
        OBLIQUE("DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC),
        BOLD_OBLIQUE("DejaVuSans-BoldOblique.ttf", 700, FontStyle.ITALIC),
        CONDENSED("DejaVuSansCondensed.ttf", 400, FontStyle.NORMAL),
        CONDENSED_BOLD("DejaVuSansCondensed-Bold.ttf", 700, FontStyle.NORMAL),
        CONDENSED_OBLIQUE("DejaVuSansCondensed-Oblique.ttf", 400, FontStyle.ITALIC),
        CONDENSED_BOLD_OBLIQUE("DejaVuSansCondensed-BoldOblique.ttf", 700, FontStyle.ITALIC);

        private static final String DIRECTORY = "/net/sf/jasperreports/fonts/dejavu/";

        private final String file;
        private final int weight;
        private final FontStyle style;
        private final boolean condensed;
        private volatile byte[] bytes;

        Face(String file, int weight, FontStyle style) {
            this.file = file;
            this.condensed = file.startsWith("DejaVuSansCondensed");
            this.weight = weight;
            this.style = style;
        }

        InputStream open() {
            byte[] font = bytes;
            if (font == null) {
                try (InputStream in = PdfRenderer.class.getResourceAsStream(DIRECTORY + file)) {
                    if (in == null) {
                        throw new IllegalStateException("The font " + file + " is missing from the class path");
                    }
                    font = withoutGlyphSubstitution(in.readAllBytes());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                bytes = font;
            }
            return new ByteArrayInputStream(font);
        }
    }

    /**
     * The TrueType font without its GSUB table: the table's record is taken out of the table
     * directory (the tables themselves stay where they are, their offsets count from the file's
     * start), so no reader finds it.
     */
    static byte[] withoutGlyphSubstitution(byte[] font) {
        ByteBuffer in = ByteBuffer.wrap(font);
        int tables = Short.toUnsignedInt(in.getShort(4));
        byte[] out = font.clone();
        ByteBuffer directory = ByteBuffer.wrap(out);
        int kept = 0;
        for (int i = 0; i < tables; i++) {
            int record = TABLE_DIRECTORY + i * TABLE_RECORD;
            if (in.getInt(record) != GSUB) {
                System.arraycopy(font, record, out, TABLE_DIRECTORY + kept * TABLE_RECORD, TABLE_RECORD);
                kept++;
            }
        }
        if (kept == tables) {
            return font;
        }
        // the freed record: zeros, between the shorter directory and the first table
        Arrays.fill(out, TABLE_DIRECTORY + kept * TABLE_RECORD, TABLE_DIRECTORY + tables * TABLE_RECORD, (byte) 0);
        int power = Integer.highestOneBit(kept);
        directory.putShort(4, (short) kept);
        directory.putShort(6, (short) (power * TABLE_RECORD));
        directory.putShort(8, (short) Integer.numberOfTrailingZeros(power));
        directory.putShort(10, (short) ((kept - power) * TABLE_RECORD));
        return out;
    }

    private boolean refuse(String uri, ExternalResourceType type) {
        onRefused.accept(uri);
        return false;
    }
}
