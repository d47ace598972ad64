-- A formalised agreement's implementation status, kept up by the secretariat at each follow-up and
-- reported in the annual evaluation ("opfølgning og status på implementeringen", issue 13.3).
ALTER TABLE klu_agreement ADD COLUMN implementation_status VARCHAR(20);
ALTER TABLE klu_agreement ADD COLUMN implementation_note VARCHAR(2000);
ALTER TABLE klu_agreement ADD COLUMN implementation_as_of DATE;
