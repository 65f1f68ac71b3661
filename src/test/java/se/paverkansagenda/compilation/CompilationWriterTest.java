package se.paverkansagenda.compilation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.paverkansagenda.compilation.InputCompilation.Municipality;
import se.paverkansagenda.compilation.InputCompilation.Proposal;
import se.paverkansagenda.document.PdfRenderer;
import se.paverkansagenda.plan.Plan;

/** The compilation's three files, its PDF rendered on a thread of its own while the DOCX and the CSV are written. */
class CompilationWriterTest {

    private final CompilationThreads threads = new CompilationThreads();

    @AfterEach
    void stopThreads() {
        threads.close();
    }

    @Test
    void thePdfIsRenderedOnAThreadOfItsOwnAndTheFilesAreThoseOfEachFormatAlone() {
        AtomicReference<String> renderedOn = new AtomicReference<>();
        PdfRenderer renderer = new PdfRenderer() {
            @Override
            public byte[] fromHtml(String xhtml) {
                renderedOn.set(Thread.currentThread().getName());
                return super.fromHtml(xhtml);
            }
        };
        CompilationWriter writer = new CompilationWriter(renderer, threads);
        InputCompilation compilation = compilation();

        CompilationWriter.Files files = writer.files(compilation);

        assertThat(renderedOn.get()).startsWith("sammanstallning-pdf-").isNotEqualTo(Thread.currentThread().getName());
        assertThat(DocumentContent.pdfText(files.pdf())).contains("Bredband i fjällen", "Klövsjö")
                .isEqualTo(DocumentContent.pdfText(writer.pdf(compilation)));
        assertThat(DocumentContent.docxText(files.docx())).contains("Bredband i fjällen")
                .isEqualTo(DocumentContent.docxText(writer.docx(compilation)));
        assertThat(files.csv()).isEqualTo(writer.csv(compilation));
    }

    @Test
    void aPdfThatFailsFailsTheCompilationWithItsOwnError() {
        PdfRenderer failing = new PdfRenderer() {
            @Override
            public byte[] fromHtml(String xhtml) {
                throw new IllegalStateException("Typsnittet saknas");
            }
        };
        CompilationWriter writer = new CompilationWriter(failing, threads);

        assertThatThrownBy(() -> writer.files(compilation())).isInstanceOf(IllegalStateException.class)
                .hasMessage("Typsnittet saknas");
    }

    private static InputCompilation compilation() {
        LocalDate received = LocalDate.of(2020, 9, 30);
        Respondent berg = new Respondent("2326", "Berg", "Besvarad", true, false, received, "Via länken");
        Proposal proposal = new Proposal("2326", "Berg", 1, "Bredband i fjällen", "Fiber till Klövsjö och Vemdalen",
                "RUS-1", "Nationell nivå", "Service i hela länet", "Kommunstrateg, Berg", false, received);
        return new InputCompilation("PA-CW-2020", "Jämtland Härjedalen", 2020, received,
                List.of(new Plan.RusArea("RUS-1", "Tillgänglighet")), List.of(new Municipality(berg, List.of(proposal), null)),
                List.of());
    }
}
