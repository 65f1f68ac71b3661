package se.paverkansagenda.answer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Small files of the kinds a statement may and may not carry. */
public final class TestFiles {

    private TestFiles() {
    }

    /** A PDF of one page, as PDFBox writes one. */
    public static byte[] pdf(String text) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.getDocumentInformation().setTitle(text);
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The start of a PDF in front of something else: it has the header and nothing a reader can open. */
    public static byte[] pdfHeaderOnProgram() {
        byte[] program = program();
        byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        byte[] file = new byte[header.length + program.length];
        System.arraycopy(header, 0, file, 0, header.length);
        System.arraycopy(program, 0, file, header.length, program.length);
        return file;
    }

    /** A Word document as Apache POI writes one: a ZIP archive with its content types and the document. */
    public static byte[] docx(String text) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText(text);
            document.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A ZIP archive whose directory names a Word document's parts, with nothing in them a reader can open. */
    public static byte[] docxLookalike() {
        return zip("[Content_Types].xml", "<Types/>", "_rels/.rels", "<Relationships/>",
                "word/document.xml", "MZ not a document");
    }

    /** A macro-enabled Word document: a DOCX with a VBA project in it. */
    public static byte[] docm() {
        return zip("[Content_Types].xml", "<Types/>", "word/document.xml", "<w:document/>",
                "word/vbaProject.bin", "Attribute VB_Name = \"ThisDocument\"");
    }

    /** A Windows program, whatever its name says. */
    public static byte[] program() {
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        return exe;
    }

    public static byte[] zip(String... namesAndContents) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndContents[i]));
                zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
