-- The reference groups a cycle forms after the compilation of the input (seed 002): each by issue area
-- (the plan's RUS areas), with its meeting. SEQUENCE is the iCalendar sequence of the group's meeting:
-- it grows with each change the members are sent (another time or place, a member removed, a cancellation).
CREATE TABLE reference_group (
    id            VARCHAR(36)   PRIMARY KEY,
    cycle_key     VARCHAR(40)   NOT NULL REFERENCES cycle (business_key),
    position      INTEGER       NOT NULL,
    name          VARCHAR(200)  NOT NULL,
    rus_areas     VARCHAR(1000) NOT NULL,
    meeting_day   DATE          NOT NULL,
    meeting_time  VARCHAR(5)    NOT NULL,
    meeting_place VARCHAR(300)  NOT NULL,
    cancelled     BOOLEAN       NOT NULL,
    sequence      INTEGER       NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by    VARCHAR(320)  NOT NULL
);

CREATE INDEX ix_reference_group_cycle ON reference_group (cycle_key);

-- Whether a cycle's groups have been invited: from then on each change is sent to the members.
CREATE TABLE reference_group_release (
    cycle_key   VARCHAR(40) PRIMARY KEY REFERENCES cycle (business_key),
    released_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- A group's members; a removed member is kept until its cancellation has been sent. SENT_SEQUENCE and
-- SENT_METHOD say what the member was last sent (REQUEST or CANCEL).
CREATE TABLE reference_group_member (
    id            VARCHAR(36)   PRIMARY KEY,
    group_id      VARCHAR(36)   NOT NULL REFERENCES reference_group (id),
    position      INTEGER       NOT NULL,
    name          VARCHAR(200)  NOT NULL,
    organisation  VARCHAR(200)  NOT NULL,
    email         VARCHAR(320)  NOT NULL,
    competence    VARCHAR(1000) NOT NULL,
    removed       BOOLEAN       NOT NULL,
    sent_sequence INTEGER,
    sent_method   VARCHAR(10)
);

CREATE INDEX ix_reference_group_member_group ON reference_group_member (group_id);

-- The members' personal links: 128 random bits each, kept only as a SHA-256 hash; each opens its group.
CREATE TABLE reference_group_token (
    token_hash CHAR(64)    PRIMARY KEY,
    member_id  VARCHAR(36) NOT NULL REFERENCES reference_group_member (id),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The group's advice, one text per issue area it covers, as last saved.
CREATE TABLE reference_group_advice (
    group_id    VARCHAR(36)  NOT NULL REFERENCES reference_group (id),
    rus_area    VARCHAR(40)  NOT NULL,
    advice      VARCHAR(8000) NOT NULL,
    recorded_by VARCHAR(320) NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (group_id, rus_area)
);

-- The file a group may attach to its advice (PDF or DOCX, as its content shows); a new one replaces it.
CREATE TABLE reference_group_attachment (
    group_id    VARCHAR(36)  PRIMARY KEY REFERENCES reference_group (id),
    file_name   VARCHAR(255) NOT NULL,
    media_type  VARCHAR(100) NOT NULL,
    size_bytes  INTEGER      NOT NULL,
    content     BYTEA        NOT NULL,
    uploaded_at TIMESTAMP WITH TIME ZONE NOT NULL
);
