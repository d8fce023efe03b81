-- A first version with one table.
CREATE TABLE IF NOT EXISTS calls_first (id INTEGER NOT NULL PRIMARY KEY, note VARCHAR(40));
INSERT INTO calls_first (id, note) VALUES (1, 'one; with a semicolon');
