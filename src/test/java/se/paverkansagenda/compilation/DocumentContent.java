package se.paverkansagenda.compilation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import se.paverkansagenda.document.CsvTable;

/** Opens generated documents with the libraries people's programs use, and reads them back. */
public final class DocumentContent {

    private DocumentContent() {
    }

    /** The PDF's text, as PDFBox extracts it. */
    public static String pdfText(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A font a PDF's pages draw with: its name and whether the file carries it. */
    public record PdfFont(String name, boolean embedded) {
    }

    /** The fonts the PDF's pages draw with, as PDFBox reads them. */
    public static List<PdfFont> pdfFonts(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PdfFont> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    fonts.add(new PdfFont(font.getName(), font.isEmbedded()));
                }
            }
            return fonts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many images the PDF's pages draw. */
    public static int pdfImages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int images = 0;
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    images += page.getResources().isImageXObject(name) ? 1 : 0;
                }
            }
            return images;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Word document's text, tables included, as POI extracts it. */
    public static String docxText(byte[] docx) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The CSV's records after its header, read as the application writes it; the byte order mark is skipped. */
    public static List<CSVRecord> csvRecords(byte[] csv) {
        try (CSVParser parser = CSVParser.builder().setReader(new InputStreamReader(
                        new ByteArrayInputStream(csv, 3, csv.length - 3), StandardCharsets.UTF_8))
                .setFormat(CsvTable.FORMAT.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            return parser.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
