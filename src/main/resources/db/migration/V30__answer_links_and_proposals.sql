-- The personal links in request mails: only a hash of each token is kept.
CREATE TABLE answer_token (
    token_hash  CHAR(64)     PRIMARY KEY,
    request_id  VARCHAR(36)  NOT NULL REFERENCES round_request (id),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX ix_answer_token_request ON answer_token (request_id);

-- A municipality's proposed issues, as last saved or submitted from its link.
CREATE TABLE proposal (
    request_id      VARCHAR(36)   NOT NULL REFERENCES round_request (id),
    position        INTEGER       NOT NULL,
    title           VARCHAR(200)  NOT NULL,
    description     VARCHAR(4000) NOT NULL,
    rus_area        VARCHAR(40)   NOT NULL,
    decision_level  VARCHAR(20)   NOT NULL,
    justification   VARCHAR(4000) NOT NULL,
    contact_person  VARCHAR(200)  NOT NULL,
    CONSTRAINT pk_proposal PRIMARY KEY (request_id, position)
);

-- Every save and submit from a link, and every answer registered on a recipient's behalf.
CREATE TABLE answer_audit (
    request_id  VARCHAR(36)   NOT NULL REFERENCES round_request (id),
    action      VARCHAR(20)   NOT NULL,
    actor       VARCHAR(200)  NOT NULL,
    at          TIMESTAMP WITH TIME ZONE NOT NULL,
    content     VARCHAR(100000) NOT NULL
);

CREATE INDEX ix_answer_audit_request ON answer_audit (request_id, at);
