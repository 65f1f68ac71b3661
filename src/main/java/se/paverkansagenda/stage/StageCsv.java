package se.paverkansagenda.stage;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import se.paverkansagenda.document.CsvTable;

/**
 * The stages of a cycle as CSV for spreadsheets: the fields of the stages JSON, one row per step,
 * semicolon-separated as Swedish spreadsheet programs expect. A cell that a spreadsheet would read as
 * a formula gets a leading apostrophe ({@link CsvTable#cell}).
 */
public final class StageCsv {

    public static final List<String> HEADER = List.of("steg", "nyckel", "namn", "planerad_start", "planerad_slut",
            "faktisk_start", "faktisk_slut", "lage", "lagets_namn", "forsenat", "dagar_sent", "arbetsdagar_sent",
            "antal_ganger", "incidenter");
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n")
            .setHeader(HEADER.toArray(String[]::new)).get();

    private StageCsv() {
    }

    public static String csv(CycleProgress progress) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            for (Stage stage : progress.stages()) {
                printer.printRecord(List.of(stage.number(), stage.step().name(), stage.name(), stage.plannedStart(),
                        stage.plannedEnd(), iso(stage.actualStart()), iso(stage.actualEnd()), stage.state().name(),
                        stage.stateName(), stage.late(), stage.daysLate(), stage.businessDaysLate(), stage.timesRun(),
                        stage.incidents()).stream().map(value -> CsvTable.cell(String.valueOf(value))).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String iso(java.time.OffsetDateTime moment) {
        return moment == null ? "" : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(moment);
    }
}
