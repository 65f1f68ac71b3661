-- Each report to the steering group: the period it covers, from the end of the one before (or the
-- cycle's start) to the moment it was made, and when its last message went out. The execution of
-- the report's timer names it, so a retried job reports the same period with the same PDF.
CREATE TABLE steering_report (
    id            VARCHAR(36)  PRIMARY KEY,
    cycle_key     VARCHAR(40)  NOT NULL REFERENCES cycle (business_key),
    execution_id  VARCHAR(64)  NOT NULL,
    period_from   TIMESTAMP WITH TIME ZONE NOT NULL,
    period_to     TIMESTAMP WITH TIME ZONE NOT NULL,
    document_id   VARCHAR(36)  REFERENCES document (id),
    sent_at       TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_steering_report_execution UNIQUE (execution_id)
);

CREATE INDEX ix_steering_report_cycle ON steering_report (cycle_key, period_to);
