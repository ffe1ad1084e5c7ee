-- The regimes an authority is subject to besides its main one (FOIA and the EIR; FOISA and the EISR), comma
-- separated, main first. NULL, as for every authority saved before this column, means the main regime and its
-- counterpart: what nearly every authority is subject to.
ALTER TABLE authority ADD COLUMN regimes text;
