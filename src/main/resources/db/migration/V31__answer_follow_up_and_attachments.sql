-- How each answer came in: from the link, or registered by an official (by e-mail, on paper, or
-- without saying), the day it came in, and whether that was after the request's deadline.
ALTER TABLE round_request ADD COLUMN answer_channel VARCHAR(20);
ALTER TABLE round_request ADD COLUMN answer_received_on DATE;
ALTER TABLE round_request ADD COLUMN answer_late BOOLEAN DEFAULT FALSE NOT NULL;

-- The files attached to an organisation's statement, PDF or DOCX as their content shows. The same
-- file sent twice is kept once.
CREATE TABLE statement_attachment (
    id           VARCHAR(36)   PRIMARY KEY,
    request_id   VARCHAR(36)   NOT NULL REFERENCES round_request (id),
    file_name    VARCHAR(255)  NOT NULL,
    media_type   VARCHAR(100)  NOT NULL,
    size_bytes   INTEGER       NOT NULL,
    sha256       CHAR(64)      NOT NULL,
    content      BYTEA         NOT NULL,
    uploaded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_statement_attachment_content UNIQUE (request_id, sha256)
);
