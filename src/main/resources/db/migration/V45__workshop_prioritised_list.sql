-- The workshop's prioritised list of a cycle (step 8). The revision grows with every save, so a save
-- made from an older revision is refused instead of overwriting someone else's work. Once the
-- workshop's task is completed the list is closed and stays as the agenda's starting point.
CREATE TABLE workshop_list (
    cycle_key  VARCHAR(40)  PRIMARY KEY REFERENCES cycle (business_key),
    revision   INTEGER      NOT NULL,
    saved_by   VARCHAR(128) NOT NULL,
    saved_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_at  TIMESTAMP WITH TIME ZONE
);

-- One prioritised issue: several municipalities' proposals merged into one, ranked.
CREATE TABLE workshop_issue (
    id          VARCHAR(36)   PRIMARY KEY,
    cycle_key   VARCHAR(40)   NOT NULL REFERENCES workshop_list (cycle_key),
    rank        INTEGER       NOT NULL,
    title       VARCHAR(300)  NOT NULL,
    description VARCHAR(4000) NOT NULL,
    rus_area    VARCHAR(40)   NOT NULL,
    CONSTRAINT uq_workshop_issue_rank UNIQUE (cycle_key, rank)
);

-- The municipal proposals behind an issue, by proposal id (municipality code and the proposal's
-- number in its answer, e.g. 2380-1). A proposal is merged into one issue at most.
CREATE TABLE workshop_issue_source (
    issue_id    VARCHAR(36) NOT NULL REFERENCES workshop_issue (id),
    cycle_key   VARCHAR(40) NOT NULL,
    proposal_id VARCHAR(60) NOT NULL,
    CONSTRAINT pk_workshop_issue_source PRIMARY KEY (issue_id, proposal_id),
    CONSTRAINT uq_workshop_issue_source_proposal UNIQUE (cycle_key, proposal_id)
);
