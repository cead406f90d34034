-- A test-only upgrade that fails half-way: H2 commits the first two statements on their
-- own, so only the store's backup can undo them.
CREATE TABLE half_done (id INTEGER NOT NULL);
ALTER TABLE visit ADD COLUMN half_done_flag INTEGER;
UPDATE visit SET kiosk_id = 'CHANGED';
THIS IS NOT SQL;
