-- The consultation draft (remissversion): the agenda version frozen when the consultation opened, its
-- PDF and Word documents, and its sections as they stood then, which a statement may name.
CREATE TABLE consultation_draft (
    cycle_key         VARCHAR(40)  PRIMARY KEY REFERENCES cycle (business_key),
    version           INTEGER      NOT NULL,
    frozen_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    pdf_document_id   VARCHAR(36)  NOT NULL REFERENCES document (id),
    docx_document_id  VARCHAR(36)  NOT NULL REFERENCES document (id)
);

CREATE TABLE consultation_draft_section (
    cycle_key    VARCHAR(40)  NOT NULL REFERENCES consultation_draft (cycle_key),
    section_key  VARCHAR(60)  NOT NULL,
    position     INTEGER      NOT NULL,
    title        VARCHAR(300) NOT NULL,
    CONSTRAINT pk_consultation_draft_section PRIMARY KEY (cycle_key, section_key)
);

-- The sections of the consultation draft an organisation's statement says it concerns.
CREATE TABLE statement_section (
    request_id   VARCHAR(36)  NOT NULL REFERENCES round_request (id),
    section_key  VARCHAR(60)  NOT NULL,
    CONSTRAINT pk_statement_section PRIMARY KEY (request_id, section_key)
);
