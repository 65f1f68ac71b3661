-- Every save of the agenda text is a version: the whole agenda as ordered sections.
CREATE TABLE agenda_version (
    cycle_key  VARCHAR(40)  NOT NULL REFERENCES cycle (business_key),
    number     INTEGER      NOT NULL,
    author     VARCHAR(128) NOT NULL,
    saved_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    note       VARCHAR(200) NOT NULL,
    CONSTRAINT pk_agenda_version PRIMARY KEY (cycle_key, number)
);

-- A section of one version. The section key stays the same across versions; a section is an issue
-- of the workshop's list (origin ISSUE, with its issue id) or one the officials added (ADDED).
CREATE TABLE agenda_section (
    cycle_key   VARCHAR(40)    NOT NULL,
    version     INTEGER        NOT NULL,
    position    INTEGER        NOT NULL,
    section_key VARCHAR(60)    NOT NULL,
    origin      VARCHAR(10)    NOT NULL,
    issue_id    VARCHAR(36)    REFERENCES workshop_issue (id),
    title       VARCHAR(300)   NOT NULL,
    body        VARCHAR(20000) NOT NULL,
    CONSTRAINT pk_agenda_section PRIMARY KEY (cycle_key, version, position),
    CONSTRAINT uq_agenda_section_key UNIQUE (cycle_key, version, section_key),
    CONSTRAINT fk_agenda_section_version FOREIGN KEY (cycle_key, version) REFERENCES agenda_version (cycle_key, number)
);

-- Where the agenda stands before the political decision: OPEN to edit, UNDER_DECISION while the
-- adoption task is open (the version before the decision-makers does not change under them), ADOPTED
-- for good. A send-back opens it again.
CREATE TABLE agenda_decision (
    cycle_key      VARCHAR(40)  PRIMARY KEY REFERENCES cycle (business_key),
    state          VARCHAR(20)  NOT NULL,
    version        INTEGER,
    body           VARCHAR(40),
    decided_on     DATE,
    paragraph      VARCHAR(20),
    registered_by  VARCHAR(128),
    registered_at  TIMESTAMP WITH TIME ZONE
);

-- A consultation statement (the organisation's answer to its request) linked to the agenda sections
-- it comments on, by section key.
CREATE TABLE statement_link (
    cycle_key    VARCHAR(40)  NOT NULL REFERENCES cycle (business_key),
    request_id   VARCHAR(36)  NOT NULL REFERENCES round_request (id),
    section_key  VARCHAR(60)  NOT NULL,
    linked_by    VARCHAR(128) NOT NULL,
    linked_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_statement_link PRIMARY KEY (request_id, section_key)
);

CREATE INDEX ix_statement_link_section ON statement_link (cycle_key, section_key);
