-- Issue 13, point 5: the minutes are public; the agenda is public without the secretariat's
-- internal case presentations, unless the secretariat marks one public when writing it.
ALTER TABLE klu_agenda_item ADD COLUMN case_presentation_public BOOLEAN DEFAULT FALSE NOT NULL;
