-- The follow-up of the agenda a cycle follows (plan field follows): one row per issue of the followed
-- cycle's adopted agenda, copied from the adopted version's sections when the follow-up begins. The
-- officials record what was done, the result, the responsible organisation and whether the issue is
-- kept (KEEP), reworded (REWORD, with the new wording) or closed (CLOSE, with the reason).
CREATE TABLE carried_issue (
    id                 VARCHAR(36)    PRIMARY KEY,
    cycle_key          VARCHAR(40)    NOT NULL REFERENCES cycle (business_key),
    previous_cycle_key VARCHAR(40)    NOT NULL REFERENCES cycle (business_key),
    previous_version   INTEGER        NOT NULL,
    section_key        VARCHAR(60)    NOT NULL,
    previous_issue_id  VARCHAR(36),
    rus_area           VARCHAR(40),
    position           INTEGER        NOT NULL,
    title              VARCHAR(300)   NOT NULL,
    body               VARCHAR(20000) NOT NULL,
    done_text          VARCHAR(4000),
    result_text        VARCHAR(4000),
    responsible        VARCHAR(300),
    decision           VARCHAR(10),
    new_wording        VARCHAR(4000),
    close_reason       VARCHAR(2000),
    recorded_by        VARCHAR(128),
    recorded_at        TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_carried_issue_section UNIQUE (cycle_key, section_key)
);

-- When the follow-up was completed (its task in step 1): from then on it no longer changes.
CREATE TABLE carried_issue_follow_up (
    cycle_key     VARCHAR(40)  PRIMARY KEY REFERENCES cycle (business_key),
    completed_by  VARCHAR(128) NOT NULL,
    completed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- A municipality's comment on a carried issue, given with its input (step 5).
CREATE TABLE carried_issue_comment (
    request_id  VARCHAR(36)   NOT NULL REFERENCES round_request (id),
    issue_id    VARCHAR(36)   NOT NULL REFERENCES carried_issue (id),
    comment     VARCHAR(4000) NOT NULL,
    CONSTRAINT pk_carried_issue_comment PRIMARY KEY (request_id, issue_id)
);

-- A workshop issue that carries an issue of the followed agenda forward (kept or reworded).
CREATE TABLE workshop_issue_carried (
    issue_id         VARCHAR(36) NOT NULL REFERENCES workshop_issue (id),
    cycle_key        VARCHAR(40) NOT NULL,
    carried_issue_id VARCHAR(36) NOT NULL REFERENCES carried_issue (id),
    CONSTRAINT pk_workshop_issue_carried PRIMARY KEY (issue_id, carried_issue_id),
    CONSTRAINT uq_workshop_issue_carried UNIQUE (cycle_key, carried_issue_id)
);
