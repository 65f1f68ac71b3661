package se.paverkansagenda.stage;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import se.paverkansagenda.document.CsvTable;

/**
 * The stages of a cycle as CSV for spreadsheets: one row per pass of each step (a step sent back and
 * done again has a row for each time it ran, with that pass's planned and actual days, lateness and
 * send-back), and one row for a step that has not run; the step's fields as in the stages JSON,
 * semicolon-separated as Swedish spreadsheet programs expect. A cell that a spreadsheet would read as
 * a formula gets a leading apostrophe ({@link CsvTable#cell}).
 */
public final class StageCsv {

    public static final List<String> HEADER = List.of("steg", "nyckel", "namn", "planerad_start", "planerad_slut",
            "faktisk_start", "faktisk_slut", "lage", "lagets_namn", "forsenat", "dagar_sent", "arbetsdagar_sent",
            "antal_ganger", "incidenter", "gang", "atersant_fran_steg", "atersant", "atersant_av", "atersant_kommentar");
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n")
            .setHeader(HEADER.toArray(String[]::new)).get();

    private StageCsv() {
    }

    public static String csv(CycleProgress progress) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            for (Stage stage : progress.stages()) {
                if (stage.passes().isEmpty()) {
                    print(printer, Arrays.asList(stage.label(), stage.key(), stage.name(), stage.plannedStart(),
                            stage.plannedEnd(), "", "", stage.state().name(), stage.stateName(), stage.late(),
                            stage.daysLate(), stage.businessDaysLate(), stage.timesRun(), stage.incidents(), "", "", "",
                            "", ""));
                }
                for (StagePass pass : stage.passes()) {
                    StagePass.SendBack sendBack = pass.sentBack();
                    print(printer, Arrays.asList(stage.label(), stage.key(), stage.name(), pass.plannedStart(),
                            pass.plannedEnd(), iso(pass.actualStart()), iso(pass.actualEnd()), pass.state().name(),
                            pass.stateName(), pass.late(), pass.daysLate(), pass.businessDaysLate(), stage.timesRun(),
                            stage.incidents(), pass.number(), sendBack == null ? "" : sendBack.fromStep(),
                            sendBack == null ? "" : iso(sendBack.at()), sendBack == null || sendBack.by() == null ? "" : sendBack.by(),
                            sendBack == null || sendBack.comment() == null ? "" : sendBack.comment()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void print(CSVPrinter printer, List<Object> values) throws IOException {
        printer.printRecord(values.stream().map(value -> CsvTable.cell(String.valueOf(value))).toList());
    }

    private static String iso(java.time.OffsetDateTime moment) {
        return moment == null ? "" : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(moment);
    }
}
