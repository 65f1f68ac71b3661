package se.paverkansagenda.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;

/**
 * A Word document (DOCX) built with Apache POI: headings, paragraphs and tables of plain text. Text
 * is written as text runs, so markup in it stays text.
 */
public final class DocxBuilder {

    private static final String FONT = "Calibri";
    private static final int BODY_SIZE = 10;

    private final XWPFDocument document = new XWPFDocument();

    /**
     * A document whose text is set in Calibri, 10 pt, unless a run says otherwise: the document's
     * defaults carry the font and the body size once, rather than each of its thousands of runs.
     */
    public DocxBuilder() {
        CTStyles styles = CTStyles.Factory.newInstance();
        CTRPr defaults = styles.addNewDocDefaults().addNewRPrDefault().addNewRPr();
        CTFonts fonts = defaults.addNewRFonts();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        BigInteger halfPoints = BigInteger.valueOf(BODY_SIZE * 2L);
        defaults.addNewSz().setVal(halfPoints);
        defaults.addNewSzCs().setVal(halfPoints);
        document.createStyles().setStyles(styles);
    }

    public DocxBuilder title(String text) {
        run(document.createParagraph(), text, 20, true);
        return this;
    }

    /** A heading, level 1 (largest) to 3. */
    public DocxBuilder heading(int level, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setSpacingBefore(level == 1 ? 240 : 160);
        run(paragraph, text, level == 1 ? 15 : level == 2 ? 12 : 11, true);
        return this;
    }

    /** A paragraph; line breaks in the text are kept. */
    public DocxBuilder paragraph(String text) {
        run(document.createParagraph(), text, BODY_SIZE, false);
        return this;
    }

    /**
     * A paragraph, then each field on a line of its own as "Label: value", the label in bold. One
     * paragraph rather than several keeps large documents quick to build.
     */
    public DocxBuilder paragraph(String text, Map<String, String> fields) {
        XWPFParagraph paragraph = document.createParagraph();
        run(paragraph, text, BODY_SIZE, false);
        fields.forEach((label, value) -> {
            paragraph.createRun().addBreak();
            run(paragraph, label + ": ", BODY_SIZE, true);
            run(paragraph, value, BODY_SIZE, false);
        });
        return this;
    }

    /** "Label: text", the label in bold. */
    public DocxBuilder labelled(String label, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        run(paragraph, label + ": ", BODY_SIZE, true);
        run(paragraph, text, BODY_SIZE, false);
        return this;
    }

    /** A table with a header row. */
    public DocxBuilder table(List<String> headers, List<List<String>> rows) {
        XWPFTable table = document.createTable(rows.size() + 1, headers.size());
        table.setWidth("100%");
        fill(table.getRow(0), headers, true);
        for (int i = 0; i < rows.size(); i++) {
            fill(table.getRow(i + 1), rows.get(i), false);
        }
        document.createParagraph();
        return this;
    }

    public byte[] build() {
        try (document; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void fill(XWPFTableRow row, List<String> cells, boolean bold) {
        for (int i = 0; i < cells.size(); i++) {
            XWPFParagraph paragraph = row.getCell(i).getParagraphs().get(0);
            run(paragraph, cells.get(i), 9, bold);
        }
    }

    private static void run(XWPFParagraph paragraph, String text, int size, boolean bold) {
        XWPFRun run = paragraph.createRun();
        if (size != BODY_SIZE) {
            run.setFontSize(size);
        }
        if (bold) {
            run.setBold(true);
        }
        List<String> lines = lines(XmlText.clean(text));
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines.get(i), i);
        }
    }

    /**
     * The text's lines, split at CR LF, CR or LF, each line break kept as one; most texts have none.
     * (No regular expression: a large compilation has tens of thousands of runs.)
     */
    static List<String> lines(String text) {
        if (text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return List.of(text);
        }
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(text.substring(start));
        return lines;
    }
}
