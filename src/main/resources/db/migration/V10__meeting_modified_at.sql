-- Open data (OParl 1.1) filters its lists by when an object was created and last modified. A
-- meeting's public facts (title, place, time) change when it is created or moved; its documents
-- carry their own release times.
ALTER TABLE klu_meeting ADD COLUMN modified_at TIMESTAMP WITH TIME ZONE;
UPDATE klu_meeting SET modified_at = created_at;
