-- An issue of one region's agenda offered to a cycle of another region (seed 004: the advocacy is coordinated
-- across county borders). The offering process owner writes a message; the other region's process owners accept
-- or decline (with a reason); the offer may be withdrawn until it is answered. Only an accepted offer shares the
-- issue. The offered section's wording and its origin (region, cycle) are kept as they were offered, so the
-- receiving region reads them here and never in the offering cycle's own tables.
CREATE TABLE shared_issue (
    id                  VARCHAR(36)   PRIMARY KEY,
    source_cycle_key    VARCHAR(40)   NOT NULL REFERENCES cycle (business_key),
    source_region_code  VARCHAR(4)    NOT NULL,
    source_region_name  VARCHAR(200)  NOT NULL,
    source_section_key  VARCHAR(60)   NOT NULL,
    source_version      INTEGER       NOT NULL,
    title               VARCHAR(300)  NOT NULL,
    body                VARCHAR(20000) NOT NULL,
    target_cycle_key    VARCHAR(40)   NOT NULL REFERENCES cycle (business_key),
    target_region_code  VARCHAR(4)    NOT NULL,
    target_region_name  VARCHAR(200)  NOT NULL,
    message             VARCHAR(2000) NOT NULL,
    state               VARCHAR(12)   NOT NULL,
    offered_by          VARCHAR(128)  NOT NULL,
    offered_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    answered_by         VARCHAR(128),
    answered_at         TIMESTAMP WITH TIME ZONE,
    decline_reason      VARCHAR(2000),
    withdrawn_by        VARCHAR(128),
    withdrawn_at        TIMESTAMP WITH TIME ZONE,
    -- one open or accepted offer of a section to a cycle: NULL once declined or withdrawn, so it may be offered again
    live_key            VARCHAR(150),
    CONSTRAINT uq_shared_issue_live UNIQUE (live_key)
);

CREATE INDEX ix_shared_issue_source ON shared_issue (source_cycle_key);
CREATE INDEX ix_shared_issue_target ON shared_issue (target_cycle_key);

-- A workshop issue of the receiving cycle that takes a shared issue in.
CREATE TABLE workshop_issue_shared (
    issue_id         VARCHAR(36) NOT NULL REFERENCES workshop_issue (id),
    cycle_key        VARCHAR(40) NOT NULL,
    shared_issue_id  VARCHAR(36) NOT NULL REFERENCES shared_issue (id),
    CONSTRAINT pk_workshop_issue_shared PRIMARY KEY (issue_id, shared_issue_id),
    CONSTRAINT uq_workshop_issue_shared UNIQUE (cycle_key, shared_issue_id)
);
