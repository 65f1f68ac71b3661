-- The requestRound instance that waits for the request's answer, recorded when the request is sent:
-- the answer is correlated to it by id, not by searching every waiting instance's variables.
ALTER TABLE round_request ADD COLUMN process_instance_id VARCHAR(64);
