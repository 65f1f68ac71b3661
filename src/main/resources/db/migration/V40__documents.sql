-- Every document the application generates: a compilation, an agenda, a report to the steering group
-- (which belongs to no single step, so its step is empty). Each cycle, kind and format
-- counts its own versions; the checksum is the SHA-256 of the content, hex.
CREATE TABLE document (
    id          VARCHAR(36)  PRIMARY KEY,
    cycle_key   VARCHAR(40)  NOT NULL REFERENCES cycle (business_key),
    step        VARCHAR(40),
    kind        VARCHAR(40)  NOT NULL,
    format      VARCHAR(10)  NOT NULL,
    version     INTEGER      NOT NULL,
    sha256      CHAR(64)     NOT NULL,
    size_bytes  BIGINT       NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    content     BYTEA        NOT NULL,
    CONSTRAINT uq_document_version UNIQUE (cycle_key, kind, format, version)
);

CREATE INDEX ix_document_cycle ON document (cycle_key, kind);

-- The documents a message carries as attachments, by id, comma-separated: a retried job reads them
-- again from the document table rather than keeping their bytes in the outbox.
ALTER TABLE notification ADD COLUMN attachment_ids VARCHAR(2000);
