-- A reference group may advise on single compiled proposals as well as on RUS areas: the issues that the
-- workshop (step 8) later merges them into do not exist yet when the groups are formed. PROPOSALS lists the
-- proposals' ids (municipality code and number, 2380-1), comma-separated; advice on one of them is kept
-- in REFERENCE_GROUP_ADVICE under its id, beside advice on an area under the area's code.
ALTER TABLE reference_group ADD COLUMN proposals VARCHAR(4000) DEFAULT '' NOT NULL;
