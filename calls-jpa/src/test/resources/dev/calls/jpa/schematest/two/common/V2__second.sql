-- The second version adds a table and a row.
CREATE TABLE IF NOT EXISTS calls_second (id INTEGER NOT NULL PRIMARY KEY);
INSERT INTO calls_second (id) VALUES (2);
