-- What capturing feedback in real time needs beyond the model: the survey rules an admin sets,
-- API keys for the field-service system, idempotency keys for retried requests, and the
-- bookkeeping of invitations (why one was not sent, who is sending it, when an answer changed).

alter table organisation_settings add column fatigue_days smallint default 30 not null;
alter table organisation_settings add column reminder_days smallint default 3 not null;
alter table organisation_settings add column expiry_days smallint default 14 not null;
alter table organisation_settings add column change_window_minutes smallint default 30 not null;

alter table invitation add column suppressed_because varchar(30);
-- Set while one instance sends the mail, so that two instances never send the same one.
alter table invitation add column claimed_until timestamp;
alter table invitation add column send_attempts smallint default 0 not null;

alter table survey_response add column changed_at timestamp;

-- Keys are random and long, so a salted SHA-256 is enough to make a stolen table useless while
-- keeping the check cheap on every request; the prefix finds the row without a scan.
create sequence api_key_seq start with 50 increment by 50;
create table api_key (
    id          bigint       not null primary key,
    name        varchar(120) not null,
    key_prefix  varchar(16)  not null,
    salt        varchar(64)  not null,
    key_hash    varchar(64)  not null,
    active      boolean      not null,
    created_at  timestamp    not null,
    constraint api_key_prefix_unique unique (key_prefix)
);

-- A client that retries a request with the same Idempotency-Key gets the first answer again.
create table idempotency_key (
    key_value     varchar(200) not null primary key,
    fingerprint   varchar(64)  not null,
    response_id   bigint       not null references survey_response (id),
    created_at    timestamp    not null
);
