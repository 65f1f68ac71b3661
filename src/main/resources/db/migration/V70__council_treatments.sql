-- How a council handled an item (RSR's treatment of the plan, step 4): the meeting, the item, the
-- position taken, whether it was taken in consensus, and the dissents added to the minutes.
CREATE TABLE council_treatment (
    id              VARCHAR(36)    NOT NULL PRIMARY KEY,
    cycle_key       VARCHAR(40)    NOT NULL REFERENCES cycle (business_key),
    step            VARCHAR(40)    NOT NULL,
    meeting_date    DATE           NOT NULL,
    paragraph       VARCHAR(20),
    item_title      VARCHAR(300)   NOT NULL,
    item_kind       VARCHAR(20)    NOT NULL,
    rus_areas       VARCHAR(1000)  NOT NULL,
    position_text   VARCHAR(20000) NOT NULL,
    consensus       BOOLEAN        NOT NULL,
    no_dissent_note VARCHAR(4000),
    minutes_url     VARCHAR(1000),
    recorded_by     VARCHAR(128)   NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_council_treatment_cycle ON council_treatment (cycle_key, step);

-- A dissent (avvikande synpunkt) added to the minutes, in the order given.
CREATE TABLE council_dissent (
    treatment_id VARCHAR(36)   NOT NULL REFERENCES council_treatment (id),
    position     INTEGER       NOT NULL,
    author       VARCHAR(300)  NOT NULL,
    opinion      VARCHAR(4000) NOT NULL,
    CONSTRAINT pk_council_dissent PRIMARY KEY (treatment_id, position)
);
