-- Every message the lifecycle sends, recorded before it is sent. The idempotency key names the message
-- (cycle, kind, recipient and what it is about), so a retried job finds it and never sends it twice.
CREATE TABLE notification (
    id              VARCHAR(36)      PRIMARY KEY,
    idempotency_key VARCHAR(600)     NOT NULL,
    cycle_key       VARCHAR(40)      NOT NULL REFERENCES cycle (business_key),
    step            VARCHAR(40),
    type            VARCHAR(40)      NOT NULL,
    recipient       VARCHAR(320)     NOT NULL,
    subject         VARCHAR(1000)    NOT NULL,
    body_text       VARCHAR(1000000) NOT NULL,
    body_html       VARCHAR(1000000) NOT NULL,
    calendar        VARCHAR(100000),
    status          VARCHAR(20)      NOT NULL,
    attempts        INTEGER          NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    last_attempt_at TIMESTAMP WITH TIME ZONE,
    sent_at         TIMESTAMP WITH TIME ZONE,
    last_error      VARCHAR(2000),
    CONSTRAINT uq_notification_key UNIQUE (idempotency_key)
);

CREATE INDEX ix_notification_cycle ON notification (cycle_key, type);

-- One calendar event per meeting of a cycle: its stable UID, the start last sent, and the iCalendar
-- SEQUENCE, which grows each time an invitation goes out with another start.
CREATE TABLE calendar_event (
    uid       VARCHAR(200) PRIMARY KEY,
    cycle_key VARCHAR(40)  NOT NULL REFERENCES cycle (business_key),
    step      VARCHAR(40)  NOT NULL,
    starts_at TIMESTAMP WITH TIME ZONE NOT NULL,
    sequence  INTEGER      NOT NULL
);
