-- The meeting an item was moved away from (to the next meeting), so that meeting's chairs still see
-- it among the items received, and may put it back on the agenda.
ALTER TABLE klu_agenda_item ADD COLUMN moved_from_meeting_id BIGINT REFERENCES klu_meeting (id);
