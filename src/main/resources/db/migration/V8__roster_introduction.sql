-- A new member's introduction (klu-member): what the secretariat sent and whom the member can
-- contact before the first meeting, recorded with the term.

ALTER TABLE klu_roster ADD COLUMN introduced_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE klu_roster ADD COLUMN introduced_by VARCHAR(64);
ALTER TABLE klu_roster ADD COLUMN introduction_material_sent BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE klu_roster ADD COLUMN introduction_year_plan_sent BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE klu_roster ADD COLUMN introduction_minutes_sent BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE klu_roster ADD COLUMN introduction_contact VARCHAR(200);
ALTER TABLE klu_roster ADD COLUMN introduction_note VARCHAR(2000);
