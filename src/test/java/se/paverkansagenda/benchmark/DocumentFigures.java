package se.paverkansagenda.benchmark;

import com.openhtmltopdf.util.XRLog;
import java.io.Serializable;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import se.paverkansagenda.compilation.CompilationThreads;
import se.paverkansagenda.compilation.CompilationWriter;
import se.paverkansagenda.compilation.InputCompilation;
import se.paverkansagenda.document.PdfRenderer;

/**
 * The compilation of every municipality with ten proposals each (see {@link CompilationBenchmark})
 * as PDF, DOCX and CSV, each the median of three after a warm-up, in wall time and in the processor
 * time of the thread that wrote it (which a busy machine inflates far less); beside it the XHTML the
 * PDF is rendered from, the part of the work that is the application's own. Then the three files as the
 * compilation job writes them, the PDF on a thread of its own beside the DOCX and the CSV ({@code files}: its
 * processor time is the whole process's, both threads).
 */
record DocumentFigures(Time pdf, Time docx, Time csv, Time files, Time xhtml, int proposals) implements Serializable {

    /** Median wall and processor time in milliseconds, and the size in bytes. */
    record Time(long wallMillis, long cpuMillis, int bytes) implements Serializable {
    }

    private static final int RUNS = 3;

    static DocumentFigures measure() {
        XRLog.setLoggingEnabled(false);
        InputCompilation compilation = CompilationBenchmark.compilation();
        try (CompilationThreads threads = new CompilationThreads()) {
            CompilationWriter writer = new CompilationWriter(new PdfRenderer(), threads);
            Memory.sample(Memory.AFTER_START);
            DocumentFigures figures = new DocumentFigures(time(() -> writer.pdf(compilation), THREAD),
                    time(() -> writer.docx(compilation), THREAD), time(() -> writer.csv(compilation), THREAD),
                    time(() -> size(writer.files(compilation)), PROCESS),
                    time(() -> writer.html(compilation).getBytes(StandardCharsets.UTF_8), THREAD),
                    compilation.proposals().size());
            Memory.sample(Memory.AFTER_BURST);
            return figures;
        }
    }

    private static final LongSupplier THREAD = ManagementFactory.getThreadMXBean()::getCurrentThreadCpuTime;
    private static final LongSupplier PROCESS =
            ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())::getProcessCpuTime;

    /** As many bytes as the three files, for the size column. */
    private static byte[] size(CompilationWriter.Files files) {
        return new byte[files.pdf().length + files.docx().length + files.csv().length];
    }

    Time pdfAndDocx() {
        return new Time(pdf.wallMillis + docx.wallMillis, pdf.cpuMillis + docx.cpuMillis, pdf.bytes + docx.bytes);
    }

    private static Time time(Supplier<byte[]> write, LongSupplier cpuNanos) {
        write.get();
        long[] wall = new long[RUNS];
        long[] cpu = new long[RUNS];
        int bytes = 0;
        for (int i = 0; i < RUNS; i++) {
            long cpuStart = cpuNanos.getAsLong();
            long start = System.nanoTime();
            bytes = write.get().length;
            wall[i] = (System.nanoTime() - start) / 1_000_000;
            cpu[i] = (cpuNanos.getAsLong() - cpuStart) / 1_000_000;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        return new Time(wall[RUNS / 2], cpu[RUNS / 2], bytes);
    }
}
