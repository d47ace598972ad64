-- A revised draft goes back to the committee before it is sent again (issue 13.3): the agenda item
-- that puts it before the committee, whose decision in the published minutes releases it.
ALTER TABLE klu_agreement ADD COLUMN revision_item_id BIGINT REFERENCES klu_agenda_item (id);
CREATE INDEX klu_agreement_revision_item ON klu_agreement (revision_item_id);
