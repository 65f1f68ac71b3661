package se.paverkansagenda.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import se.paverkansagenda.compilation.DocumentContent;

class CsvTableTest {

    @Test
    void cellsASpreadsheetWouldCalculateStayTextAndEverythingElseIsKeptAsWritten() {
        List<String> cells = List.of("=1+1", "+46 63 14 30 00", "-2", "@SUM(A1)", "\tflik", "\rretur", "Åre; \"fjällen\"\nrad två",
                "", "a=b");

        byte[] csv = CsvTable.write(List.of("A", "B", "C", "D", "E", "F", "G", "H", "I"), List.of(cells));
        List<CSVRecord> records = DocumentContent.csvRecords(csv);

        assertThat(new String(csv, 0, 3, StandardCharsets.UTF_8)).isEqualTo("\uFEFF");
        assertThat(records).hasSize(1);
        assertThat(records.get(0).toList()).containsExactly("'=1+1", "'+46 63 14 30 00", "'-2", "'@SUM(A1)", "'\tflik",
                "'\rretur", "Åre; \"fjällen\"\nrad två", "", "a=b");
    }

    @Test
    void cellsASpreadsheetWouldEvaluateGetAnApostrophe() {
        assertThat(CsvTable.cell("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(CsvTable.cell("+1")).isEqualTo("'+1");
        assertThat(CsvTable.cell("-1")).isEqualTo("'-1");
        assertThat(CsvTable.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvTable.cell("\tx")).isEqualTo("'\tx");
        assertThat(CsvTable.cell("\rx")).isEqualTo("'\rx");
        assertThat(CsvTable.cell("2020-04-07")).isEqualTo("2020-04-07");
        assertThat(CsvTable.cell("")).isEmpty();
    }
}
