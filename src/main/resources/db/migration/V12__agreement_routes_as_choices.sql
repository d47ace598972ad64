-- Agreement routes are choices the national guidance allows (issue 13.3): a municipal fee under a
-- bilateral agreement always presupposes the settlement agreement with the region (footnote 1), so
-- the drafters are no longer asked whether the fee is settled via the region.
ALTER TABLE klu_agreement DROP COLUMN settled_via_region;
