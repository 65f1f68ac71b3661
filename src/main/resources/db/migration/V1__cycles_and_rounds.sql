-- One row per cycle: the plan it was started from, as the file was given.
CREATE TABLE cycle (
    business_key        VARCHAR(40)   PRIMARY KEY,
    region_code         VARCHAR(4)    NOT NULL,
    plan_year           INTEGER       NOT NULL,
    plan_yaml           VARCHAR(1000000) NOT NULL,
    process_instance_id VARCHAR(64),
    started_by          VARCHAR(128),
    started_at          TIMESTAMP WITH TIME ZONE NOT NULL
);

-- One row per request of a round: a municipality's input request or an organisation's consultation request.
CREATE TABLE round_request (
    id              VARCHAR(36)   PRIMARY KEY,
    cycle_key       VARCHAR(40)   NOT NULL REFERENCES cycle (business_key),
    round_kind      VARCHAR(20)   NOT NULL,
    recipient_code  VARCHAR(200)  NOT NULL,
    recipient_name  VARCHAR(200)  NOT NULL,
    recipient_email VARCHAR(320)  NOT NULL,
    deadline        DATE          NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE,
    closed_at       TIMESTAMP WITH TIME ZONE,
    answer_text     VARCHAR(100000),
    answered_by     VARCHAR(128),
    CONSTRAINT uq_round_request_recipient UNIQUE (cycle_key, round_kind, recipient_code)
);

CREATE INDEX ix_round_request_cycle ON round_request (cycle_key, round_kind);

-- Each time a step passed its planned end while still open.
CREATE TABLE late_step (
    cycle_key   VARCHAR(40)  NOT NULL REFERENCES cycle (business_key),
    step        VARCHAR(40)  NOT NULL,
    due_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    detected_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_late_step PRIMARY KEY (cycle_key, step, due_at)
);
