package se.paverkansagenda.answer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * The files a statement may carry, known by their content and never by their names: a PDF starts
 * with {@code %PDF-}; a Word document (DOCX) is a ZIP archive whose directory lists
 * {@code [Content_Types].xml} and {@code word/document.xml} and no macros. The archive's directory
 * is read without unpacking anything. A file of either kind is then opened as what it says it is
 * ({@link #problemOpening}): a PDF with PDFBox, a Word document with Apache POI, so that a first few
 * right bytes in front of anything else make no attachment.
 */
public enum AttachmentType {
    PDF("application/pdf", ".pdf", "PDF"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx", "Word (DOCX)");

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final int ZIP_LOCAL_HEADER = 0x04034b50;
    private static final int ZIP_END_OF_DIRECTORY = 0x06054b50;
    private static final int ZIP_DIRECTORY_ENTRY = 0x02014b50;
    private static final int MAX_ZIP_ENTRIES = 10_000;

    private final String mediaType;
    private final String extension;
    private final String swedishName;

    AttachmentType(String mediaType, String extension, String swedishName) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.swedishName = swedishName;
    }

    public String mediaType() {
        return mediaType;
    }

    public String swedishName() {
        return swedishName;
    }

    public static Optional<AttachmentType> of(byte[] content) {
        if (startsWith(content, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (content.length >= 4 && int32(content, 0) == ZIP_LOCAL_HEADER) {
            Set<String> names = zipEntryNames(content);
            if (names.contains("[Content_Types].xml") && names.contains("word/document.xml")
                    && !names.contains("word/vbaProject.bin")) {
                return Optional.of(DOCX);
            }
        }
        return Optional.empty();
    }

    /**
     * Why the content does not open as a document of this type, in Swedish, or nothing when it does:
     * a PDF must open with at least one page and without a password, a Word document must open with
     * its body.
     */
    public Optional<String> problemOpening(byte[] content) {
        try {
            return switch (this) {
                case PDF -> problemOpeningPdf(content);
                case DOCX -> problemOpeningDocx(content);
            };
        } catch (IOException | RuntimeException | StackOverflowError unreadable) {
            return Optional.of("kunde inte öppnas som " + swedishName + ": filen är skadad eller inte en riktig "
                    + swedishName + ".");
        }
    }

    private static Optional<String> problemOpeningPdf(byte[] content) throws IOException {
        try (PDDocument document = Loader.loadPDF(content)) {
            if (document.getNumberOfPages() < 1) {
                return Optional.of("är en PDF utan sidor.");
            }
            return Optional.empty();
        } catch (InvalidPasswordException locked) {
            return Optional.of("är lösenordsskyddad. Skicka den utan lösenord.");
        }
    }

    private static Optional<String> problemOpeningDocx(byte[] content) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
            if (document.getDocument() == null || document.getDocument().getBody() == null) {
                return Optional.of("är ett Word-dokument utan innehåll.");
            }
            return Optional.empty();
        }
    }

    /** Safe as a file name: no folders or control characters, and ending in this type's extension. */
    public String fileName(String given) {
        String name = given == null ? "" : given.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.length() > 200) {
            name = name.substring(0, 200);
        }
        if (name.isEmpty()) {
            name = "bilaga";
        }
        return name.toLowerCase(Locale.ROOT).endsWith(extension) ? name : name + extension;
    }

    public static AttachmentType ofMediaType(String mediaType) {
        for (AttachmentType type : values()) {
            if (type.mediaType.equals(mediaType)) {
                return type;
            }
        }
        throw new IllegalArgumentException("No attachment type " + mediaType);
    }

    /** The names in a ZIP archive's central directory; empty when it is not one that can be read. */
    static Set<String> zipEntryNames(byte[] zip) {
        Set<String> names = new HashSet<>();
        int end = -1;
        for (int at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 65_535); at--) {
            if (int32(zip, at) == ZIP_END_OF_DIRECTORY) {
                end = at;
                break;
            }
        }
        if (end < 0) {
            return names;
        }
        int entries = int16(zip, end + 10);
        long offset = int32(zip, end + 16) & 0xFFFFFFFFL;
        if (offset > zip.length) {
            return names;
        }
        int at = (int) offset;
        for (int i = 0; i < Math.min(entries, MAX_ZIP_ENTRIES); i++) {
            if (at < 0 || at + 46 > zip.length || int32(zip, at) != ZIP_DIRECTORY_ENTRY) {
                return names;
            }
            int nameLength = int16(zip, at + 28);
            int next = at + 46 + nameLength + int16(zip, at + 30) + int16(zip, at + 32);
            if (at + 46 + nameLength > zip.length) {
                return names;
            }
            names.add(new String(zip, at + 46, nameLength, StandardCharsets.UTF_8));
            at = next;
        }
        return names;
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int int16(byte[] b, int at) {
        return at + 2 > b.length ? -1 : (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static int int32(byte[] b, int at) {
        return at < 0 || at + 4 > b.length ? 0
                : (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | (b[at + 3] & 0xFF) << 24;
    }
}
