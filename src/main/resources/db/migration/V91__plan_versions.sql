-- Every revision of a running cycle's plan: the new version as the file was given, who made it, when,
-- why and what changed (one readable line per change). Version 1 is the plan the cycle started from
-- (cycle.plan_yaml); the primary key lets only one revision of a version through.
CREATE TABLE plan_version (
    cycle_key   VARCHAR(40)      NOT NULL REFERENCES cycle (business_key),
    version     INTEGER          NOT NULL,
    plan_yaml   VARCHAR(1000000) NOT NULL,
    revised_by  VARCHAR(128)     NOT NULL,
    revised_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    reason      VARCHAR(2000)    NOT NULL,
    changes     VARCHAR(200000)  NOT NULL,
    CONSTRAINT pk_plan_version PRIMARY KEY (cycle_key, version)
);
