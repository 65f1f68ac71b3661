package se.paverkansagenda.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.paverkansagenda.compilation.DocumentContent;

class PdfRendererTest {

    @Test
    void everyOutsideResourceIsRefusedBeforeARequestIsMade() throws IOException {
        List<String> refused = new ArrayList<>();
        try (ServerSocket outside = new ServerSocket(0)) {
            String address = "http://127.0.0.1:" + outside.getLocalPort();
            String body = "<p>Före</p><img src=\"" + address + "/bild.png\"/>"
                    + "<img src=\"file:///etc/hostname\"/><p style=\"background: url('" + address + "/bakgrund.png')\">Efter</p>";
            String head = "<link rel=\"stylesheet\" href=\"" + address + "/stil.css\"/>";

            byte[] pdf = new PdfRenderer(refused::add).fromHtml(Xhtml.page("Test", body).replace("</head>", head + "</head>"));

            outside.setSoTimeout(200);
            assertThatThrownBy(outside::accept).isInstanceOf(SocketTimeoutException.class);
            assertThat(DocumentContent.pdfText(pdf)).contains("Före", "Efter");
            assertThat(DocumentContent.pdfImages(pdf)).isZero();
        }
        assertThat(refused).anyMatch(uri -> uri.endsWith("/bild.png")).anyMatch(uri -> uri.endsWith("/stil.css"))
                .anyMatch(uri -> uri.startsWith("file:"));
    }

    @Test
    void eachWordIsMeasuredOnceAndTheTextStandsWhereItStoodBefore() throws IOException {
        StringBuilder body = new StringBuilder("<h1>Förslag per kommun</h1>");
        for (int i = 0; i < 60; i++) {
            body.append("<h3>Kommun ").append(i % 7).append("</h3><p><b>Område i RUS:</b> RUS-").append(i % 3)
                    .append(" Infrastruktur och kommunikationer i hela länet, järnväg och bredband.</p>")
                    .append("<table><tr><td>Nationell nivå</td><td>Kommunstrateg ŋ đ ŧ</td></tr></table>");
        }
        String xhtml = Xhtml.page("Bredder", body.toString());
        List<PdfRenderer.WidthsMeasuredOnce> kept = new ArrayList<>();

        byte[] measuredOnce = new PdfRenderer().fromHtml(xhtml, () -> {
            kept.add(new PdfRenderer.WidthsMeasuredOnce());
            return kept.get(0);
        });
        byte[] measuredEachTime = new PdfRenderer().fromHtml(xhtml, com.openhtmltopdf.pdfboxout.PdfBoxTextRenderer::new);

        assertThat(positions(measuredOnce)).isEqualTo(positions(measuredEachTime));
        assertThat(DocumentContent.pdfText(measuredOnce)).contains("Kommunstrateg ŋ đ ŧ", "Infrastruktur och");
        // 60 sections of the same few words: most widths were asked for many times and measured once
        assertThat(kept.get(0).measured()).isPositive().isLessThan(kept.get(0).asked() / 3);
    }

    /** Each character drawn, with its page and position. */
    private static List<String> positions(byte[] pdf) throws IOException {
        List<String> drawn = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> letters) {
                    letters.forEach(letter -> drawn.add(getCurrentPageNo() + " " + letter.getUnicode() + " "
                            + letter.getXDirAdj() + " " + letter.getYDirAdj() + " " + letter.getWidthDirAdj()));
                }
            };
            stripper.getText(document);
        }
        return drawn;
    }

    @Test
    void userTextIsShownAsWrittenWithoutTheControlCharactersXmlCannotCarry() {
        String text = "<script>alert(1)</script> & \"citat\" 'apostrof' Å\u0000\u0007";

        byte[] pdf = new PdfRenderer().fromHtml(Xhtml.page(text, "<p>" + Xhtml.text(text) + "</p>"));

        assertThat(DocumentContent.pdfText(pdf)).contains("<script>alert(1)</script> & \"citat\" 'apostrof' Å");
    }

    /** Northern Sami, Finnish, Meänkieli and Swedish letters, the Sami ones outside the base-14 fonts' encoding. */
    static final String EVERY_LETTER = "ŋ Ŋ đ Đ ŧ Ŧ š ž á ä ö å Č č Ʒ ʒ ǯ Ǧ ǧ Ǩ ǩ ï Ä Ö Å Š Ž Á";

    @Test
    void everyLetterPrintsInAnEmbeddedSubsetWhateverFamilyTheStyleAsksFor() {
        String body = "<p>" + EVERY_LETTER + "</p>"
                + "<p style=\"font-family: Helvetica, Arial\"><b>" + EVERY_LETTER + "</b></p>"
                + "<p style=\"font-family: serif\"><i>" + EVERY_LETTER + "</i></p>"
                + "<p style=\"font-family: monospace\"><b><i>" + EVERY_LETTER + "</i></b></p>"
                + "<p style=\"font-family: 'Okänd familj'\">" + EVERY_LETTER + "</p>"
                + "<p style=\"font-family: '" + PdfRenderer.CONDENSED_FONT_FAMILY + "'\">" + EVERY_LETTER + "</p>";

        byte[] pdf = new PdfRenderer().fromHtml(Xhtml.page("Bokstäver", body));

        String text = DocumentContent.pdfText(pdf);
        assertThat(text.lines().filter(EVERY_LETTER::equals)).hasSize(6);
        assertThat(text).doesNotContain("#", "\uFFFD");
        assertThat(DocumentContent.pdfFonts(pdf)).isNotEmpty().allSatisfy(font -> {
            assertThat(font.embedded()).as(font.name()).isTrue();
            assertThat(font.name()).as("a subset").matches("[A-Z]{6}\\+DejaVuSans.*");
        });
        assertThat(DocumentContent.pdfFonts(pdf)).extracting(DocumentContent.PdfFont::name)
                .anyMatch(name -> name.endsWith("DejaVuSans-Bold")).anyMatch(name -> name.endsWith("DejaVuSans-Oblique"))
                .anyMatch(name -> name.endsWith("DejaVuSansCondensed"));
    }

    /**
     * Each letter is a glyph of its own, as written: the faces are read without their glyph
     * substitution table, whose ligatures (fi, fl) made one glyph of two letters and whose rules
     * PDFBox ran, slowly, on every string drawn.
     */
    @Test
    void everyLetterIsDrawnAsAGlyphOfItsOwnWithoutLigatures() throws IOException {
        String text = "filer flera officiella affischer ŋ đ å";

        byte[] pdf = new PdfRenderer().fromHtml(Xhtml.page("Ligaturer", "<p>" + text + "</p><p><b>" + text + "</b></p>"));

        List<String> glyphs = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition position) {
                    glyphs.add(position.getUnicode());
                }
            }.getText(document);
        }
        assertThat(glyphs).isNotEmpty().allSatisfy(glyph -> assertThat(glyph).hasSize(1));
        assertThat(String.join("", glyphs)).contains(text + text);
    }

    @Test
    void theFontWithoutItsSubstitutionTableKeepsEveryOtherTable() throws IOException {
        byte[] font;
        try (var in = PdfRenderer.class.getResourceAsStream("/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf")) {
            font = in.readAllBytes();
        }

        byte[] without = PdfRenderer.withoutGlyphSubstitution(font);

        try (TrueTypeFont original = new TTFParser().parse(new RandomAccessReadBuffer(font));
             TrueTypeFont stripped = new TTFParser().parse(new RandomAccessReadBuffer(without))) {
            assertThat(original.getGsub()).isNotNull();
            assertThat(stripped.getGsub()).isNull();
            assertThat(stripped.getTableMap().keySet()).containsExactlyInAnyOrderElementsOf(
                    original.getTableMap().keySet().stream().filter(tag -> !tag.equals("GSUB")).toList());
            assertThat(stripped.getNumberOfGlyphs()).isEqualTo(original.getNumberOfGlyphs());
            assertThat(stripped.getUnicodeCmapLookup().getGlyphId('ŋ')).isPositive()
                    .isEqualTo(original.getUnicodeCmapLookup().getGlyphId('ŋ'));
        }
        assertThat(PdfRenderer.withoutGlyphSubstitution(without)).isSameAs(without);
    }

    @Test
    void thePdfRendererFetchesNoImageStylesheetOrFont(@TempDir Path dir) throws Exception {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            Path secret = Files.writeString(dir.resolve("hemlig.css"), "body { color: red; }");
            byte[] pdf = new PdfRenderer().fromHtml("""
                    <html xmlns="http://www.w3.org/1999/xhtml"><head>
                    <link rel="stylesheet" href="%1$s/style.css"/>
                    <link rel="stylesheet" href="%2$s"/>
                    <style>@import url("%1$s/import.css"); @font-face { font-family: x; src: url("%1$s/font.ttf"); }</style>
                    </head><body><p>Text</p><img src="%1$s/bild.png"/><img src="%2$s"/></body></html>"""
                    .formatted(base, secret.toUri()));

            assertThat(DocumentContent.pdfText(pdf)).contains("Text");
            assertThat(requests.get()).isZero();
        } finally {
            server.stop(0);
        }
    }
}
