-- Removes every table the versioned scripts and the bootstrap created, and nothing else. The installer
-- drops calls_schema_lock itself, last, as it lets go of the lock.
DROP TABLE IF EXISTS calls_guest;
DROP TABLE IF EXISTS calls_delivery_cursor;
DROP TABLE IF EXISTS calls_device;
DROP TABLE IF EXISTS calls_seen_key;
DROP TABLE IF EXISTS calls_claim;
DROP TABLE IF EXISTS calls_meeting_invitee;
DROP TABLE IF EXISTS calls_meeting;
DROP TABLE IF EXISTS calls_presence;
DROP TABLE IF EXISTS calls_event_sequence;
DROP TABLE IF EXISTS calls_event;
DROP TABLE IF EXISTS calls_participant;
DROP TABLE IF EXISTS calls_call;
DROP TABLE IF EXISTS calls_schema_version;
