-- The CRM's own tables (the calls tables come from the calls schema scripts). Safe to run at every start.
CREATE TABLE IF NOT EXISTS crm_organization (
    id   VARCHAR(64)  NOT NULL PRIMARY KEY,
    name VARCHAR(255) NOT NULL
);

CREATE TABLE IF NOT EXISTS crm_person (
    username        VARCHAR(64)  NOT NULL PRIMARY KEY,
    organization_id VARCHAR(64)  NOT NULL REFERENCES crm_organization (id),
    display_name    VARCHAR(255) NOT NULL,
    email           VARCHAR(255),
    password_hash   VARCHAR(100) NOT NULL
);

CREATE TABLE IF NOT EXISTS crm_customer (
    id              BIGINT       NOT NULL PRIMARY KEY,
    organization_id VARCHAR(64)  NOT NULL REFERENCES crm_organization (id),
    name            VARCHAR(255) NOT NULL,
    company         VARCHAR(255) NOT NULL,
    account_manager VARCHAR(64)  NOT NULL REFERENCES crm_person (username)
);
