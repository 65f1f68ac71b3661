package se.paverkansagenda.cycle;

import java.util.List;
import java.util.regex.Pattern;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.paverkansagenda.document.DocumentFormat;
import se.paverkansagenda.document.DocumentKind;
import se.paverkansagenda.document.DocumentStore;
import se.paverkansagenda.document.StoredDocument;
import se.paverkansagenda.document.UnknownDocumentException;
import se.paverkansagenda.process.AgendaProcess.Groups;
import se.paverkansagenda.security.CurrentUser;

/** The generated documents of a cycle, for everyone who works with the cycle in the region. */
@RestController
@RequestMapping("/api")
public class DocumentController {

    private static final Pattern DOCUMENT_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final String[] READERS = {Groups.OFFICIALS, Groups.PROCESS_OWNERS, Groups.PRESIDIUM, Groups.RSR_SECRETARIES};

    private final DocumentStore documents;
    private final CycleService cycles;
    private final CurrentUser user;

    public DocumentController(DocumentStore documents, CycleService cycles, CurrentUser user) {
        this.documents = documents;
        this.cycles = cycles;
        this.user = user;
    }

    @GetMapping("/cycles/{businessKey}/documents")
    public List<DocumentView> ofCycle(@PathVariable String businessKey) {
        user.requireAnyGroup(READERS);
        cycles.find(businessKey);
        return documents.ofCycle(businessKey).stream().map(DocumentView::of).toList();
    }

    @GetMapping("/documents/{id}")
    public ResponseEntity<byte[]> download(@PathVariable String id) {
        user.requireAnyGroup(READERS);
        if (!DOCUMENT_ID.matcher(id).matches()) {
            throw new UnknownDocumentException(id);
        }
        StoredDocument document = documents.find(id).filter(found -> cycles.visibleToUser(found.cycleKey()))
                .orElseThrow(() -> new UnknownDocumentException(id));
        return ResponseEntity.ok()
                .contentType(document.format().mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(document.fileName())
                        .build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Checksum-SHA256", document.sha256())
                .eTag(document.sha256())
                .body(documents.content(id));
    }

    /** A document in the cycle's list: what it is and where to download it. */
    public record DocumentView(String id, String step, DocumentKind kind, DocumentFormat format, int version, String label,
                               String fileName, String sha256, long sizeBytes, String createdAt, String url) {
        static DocumentView of(StoredDocument d) {
            return new DocumentView(d.id(), d.step() == null ? null : d.step().name(), d.kind(), d.format(), d.version(), d.label(), d.fileName(),
                    d.sha256(), d.sizeBytes(), d.createdAt().toString(), d.downloadPath());
        }
    }
}
