package se.paverkansagenda.document;

import java.time.OffsetDateTime;
import se.paverkansagenda.plan.Step;

/**
 * A generated document as stored, without its content: the version counts per cycle, kind and
 * format; the checksum is the content's SHA-256, hex.
 */
public record StoredDocument(String id, String cycleKey, Step step, DocumentKind kind, DocumentFormat format, int version,
                             String sha256, long sizeBytes, OffsetDateTime createdAt) {

    /** Where logged-in users download it; relative, so it works behind any host name. */
    public String downloadPath() {
        return "/api/documents/" + id;
    }

    /** {@code sammanstallning-inspel-PA-JH-2020-v2.pdf}: cycle keys are letters, digits and dashes. */
    public String fileName() {
        return kind.fileStem() + "-" + cycleKey.replaceAll("[^A-Za-z0-9-]", "_") + "-v" + version + "." + format.extension();
    }

    /** How a person names it in a list: "Sammanställning av inspel, PDF, version 2". */
    public String label() {
        return kind.swedishTitle() + ", " + format.name() + ", version " + version;
    }
}
