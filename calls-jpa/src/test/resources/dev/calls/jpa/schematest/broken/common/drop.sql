DROP TABLE IF EXISTS calls_second;
DROP TABLE IF EXISTS calls_first;
DROP TABLE IF EXISTS calls_schema_version;
