-- Every council decision is recorded, not only RSR's (step 4): the presidium's review (step 3) and the
-- adoption (step 12) too. The deciding body as the minutes name it, and the minutes extract written of
-- the decision (its stored documents, one id a line), for the trace and the timeline.
ALTER TABLE council_treatment ADD COLUMN body VARCHAR(200);
ALTER TABLE council_treatment ADD COLUMN minutes_documents VARCHAR(1000);
