package se.paverkansagenda.document;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A table as CSV the way Swedish Excel opens it: UTF-8 with a byte order mark (so å, ä and ö come
 * out right), semicolons between cells. A cell that a spreadsheet would take for a formula (it
 * starts with =, +, -, @, a tab or a carriage return) gets a leading apostrophe, so it stays text.
 */
public final class CsvTable {

    public static final CSVFormat FORMAT = CSVFormat.EXCEL.builder().setDelimiter(';').get();
    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private CsvTable() {
    }

    public static byte[] write(List<String> headers, List<List<String>> rows) {
        StringWriter out = new StringWriter();
        out.write(BYTE_ORDER_MARK);
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            printer.printRecord(headers.stream().map(CsvTable::cell).toList());
            for (List<String> row : rows) {
                printer.printRecord(row.stream().map(CsvTable::cell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The cell as written, or with a leading apostrophe when a spreadsheet would take it for a formula. */
    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formula ? "'" + value : value;
    }
}
