package se.paverkansagenda.benchmark;

import com.openhtmltopdf.util.XRLog;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import se.paverkansagenda.compilation.CompilationThreads;
import se.paverkansagenda.compilation.CompilationWriter;
import se.paverkansagenda.compilation.InputCompilation;
import se.paverkansagenda.compilation.InputCompilation.Municipality;
import se.paverkansagenda.compilation.InputCompilation.Proposal;
import se.paverkansagenda.compilation.Respondent;
import se.paverkansagenda.document.PdfRenderer;
import se.paverkansagenda.plan.MunicipalityRegister;
import se.paverkansagenda.plan.Plan;

/**
 * Compiles every Swedish municipality (290) with ten proposals each to PDF, DOCX and CSV and prints
 * the time and size of each, beside two baselines from the same data: the CSV written by hand with a
 * StringBuilder, and the XHTML the PDF is rendered from. Run with
 * {@code mvn -Pbenchmark test-compile exec:java -Dexec.mainClass=se.paverkansagenda.benchmark.CompilationBenchmark}.
 */
public final class CompilationBenchmark {

    private static final int PROPOSALS_EACH = 10;
    private static final int RUNS = 3;

    private CompilationBenchmark() {
    }

    public static void main(String[] args) {
        XRLog.setLoggingEnabled(false);
        InputCompilation compilation = compilation();
        try (CompilationThreads threads = new CompilationThreads()) {
            CompilationWriter writer = new CompilationWriter(new PdfRenderer(), threads);
            System.out.printf("%d municipalities x %d proposals = %d proposals; median of %d runs after one warm-up%n",
                    compilation.municipalities().size(), PROPOSALS_EACH, compilation.proposals().size(), RUNS);
            measure("PDF (openhtmltopdf)", () -> writer.pdf(compilation));
            measure("DOCX (Apache POI)", () -> writer.docx(compilation));
            measure("CSV (commons-csv)", () -> writer.csv(compilation));
            measure("all three, PDF on its own thread", () -> writer.files(compilation).pdf());
            measure("baseline: XHTML of the PDF", () -> writer.html(compilation).getBytes(StandardCharsets.UTF_8));
            measure("baseline: CSV by StringBuilder", () -> plainCsv(compilation));
        }
    }

    private static void measure(String what, Supplier<byte[]> write) {
        write.get();
        long[] millis = new long[RUNS];
        int size = 0;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            size = write.get().length;
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        System.out.printf("%-32s %7d ms %10.1f kB%n", what, millis[RUNS / 2], size / 1024.0);
    }

    static InputCompilation compilation() {
        List<Plan.RusArea> areas = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            areas.add(new Plan.RusArea("RUS-" + i, "Område " + i + " i den regionala utvecklingsstrategin"));
        }
        LocalDate received = LocalDate.of(2020, 9, 30);
        List<Municipality> municipalities = new ArrayList<>();
        for (Map.Entry<String, String> m : MunicipalityRegister.sweden().all().entrySet()) {
            boolean late = municipalities.size() % 29 == 0;
            Respondent respondent = new Respondent(m.getKey(), m.getValue(), late ? "Besvarad efter svarstiden" : "Besvarad",
                    true, late, received, "Via länken");
            List<Proposal> proposals = new ArrayList<>();
            for (int p = 1; p <= PROPOSALS_EACH; p++) {
                proposals.add(new Proposal(m.getKey(), m.getValue(), p, "Förslag " + p + " från " + m.getValue(),
                        "Beskrivning av frågan: järnväg, bredband, kompetens och service i hela länet. ".repeat(4),
                        "RUS-" + (1 + p % 7), "Nationell nivå", "Motivering med koppling till strategin. ".repeat(3),
                        "Kommunstrateg, " + m.getValue(), late, received));
            }
            municipalities.add(new Municipality(respondent, proposals, null));
        }
        return new InputCompilation("PA-SE-2020", "Sverige", 2020, received, areas, municipalities, List.of());
    }

    private static byte[] plainCsv(InputCompilation compilation) {
        StringBuilder csv = new StringBuilder("Kommunkod;Kommun;Förslag nr;Rubrik;Beskrivning;Område i RUS\r\n");
        for (Proposal p : compilation.proposals()) {
            csv.append(p.municipalityCode()).append(';').append(p.municipalityName()).append(';').append(p.number())
                    .append(';').append(p.title()).append(';').append(p.description()).append(';').append(p.rusArea())
                    .append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
