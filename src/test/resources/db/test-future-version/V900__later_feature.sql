-- A test-only upgrade standing for a newer program's tables.
CREATE TABLE later_feature (id INTEGER NOT NULL);
