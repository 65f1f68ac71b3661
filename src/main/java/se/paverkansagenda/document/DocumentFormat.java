package se.paverkansagenda.document;

import org.springframework.http.MediaType;

/** The formats documents are generated in. */
public enum DocumentFormat {
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    CSV("text/csv;charset=UTF-8", "csv");

    private final String mediaType;
    private final String extension;

    DocumentFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public MediaType mediaType() {
        return MediaType.parseMediaType(mediaType);
    }

    public String extension() {
        return extension;
    }
}
