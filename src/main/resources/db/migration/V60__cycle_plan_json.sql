-- The plan as checked when the cycle started, in its typed form: read back without being parsed and
-- checked again. Cycles started before this column existed keep only their YAML, read once per start.
ALTER TABLE cycle ADD COLUMN plan_json VARCHAR(1000000);
