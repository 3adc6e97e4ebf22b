-- The model of DESIGN.md §5, written once for H2 and PostgreSQL alike: only types and syntax that
-- both accept. Keys come from sequences that hand out blocks of 50, matching the entities'
-- allocation size, so that the application and the bulk loaders never collide.

create sequence region_seq start with 50 increment by 50;
create sequence team_seq start with 50 increment by 50;
create sequence engineer_seq start with 50 increment by 50;
create sequence service_type_seq start with 50 increment by 50;
create sequence customer_seq start with 50 increment by 50;
create sequence site_seq start with 50 increment by 50;
create sequence job_seq start with 50 increment by 50;
create sequence invitation_seq start with 50 increment by 50;
create sequence survey_response_seq start with 50 increment by 50;
create sequence portal_user_seq start with 50 increment by 50;

create table region (
    id          bigint       not null primary key,
    code        varchar(40)  not null,
    name        varchar(120) not null,
    constraint region_code_unique unique (code)
);

create table team (
    id          bigint       not null primary key,
    code        varchar(40)  not null,
    name        varchar(120) not null,
    region_id   bigint       not null references region (id),
    constraint team_code_unique unique (code)
);
create index team_region_idx on team (region_id);

-- An engineer belongs to one team now; where they were at the time of a job is kept on the
-- response, so that moving an engineer never rewrites history.
create table engineer (
    id          bigint       not null primary key,
    fsm_id      varchar(40)  not null,
    first_name  varchar(80)  not null,
    last_name   varchar(80)  not null,
    team_id     bigint       not null references team (id),
    active      boolean      not null,
    constraint engineer_fsm_id_unique unique (fsm_id)
);
create index engineer_team_idx on engineer (team_id);

create table service_type (
    id          bigint       not null primary key,
    code        varchar(40)  not null,
    name        varchar(120) not null,
    constraint service_type_code_unique unique (code)
);

create table customer (
    id          bigint       not null primary key,
    fsm_id      varchar(60)  not null,
    name        varchar(200) not null,
    email       varchar(254),
    phone       varchar(40),
    tier        varchar(20)  not null,
    language    varchar(10)  not null,
    opted_out   boolean      not null,
    constraint customer_fsm_id_unique unique (fsm_id),
    constraint customer_tier_known check (tier in ('KEY', 'STANDARD', 'BASIC'))
);

create table site (
    id          bigint       not null primary key,
    fsm_id      varchar(60)  not null,
    customer_id bigint       not null references customer (id),
    name        varchar(200) not null,
    town        varchar(120),
    constraint site_fsm_id_unique unique (fsm_id)
);
create index site_customer_idx on site (customer_id);

create table job (
    id              bigint                   not null primary key,
    fsm_job_id      varchar(60)              not null,
    completed_at    timestamp not null,
    engineer_id     bigint                   not null references engineer (id),
    service_type_id bigint                   not null references service_type (id),
    customer_id     bigint                   not null references customer (id),
    site_id         bigint                   references site (id),
    constraint job_fsm_job_id_unique unique (fsm_job_id)
);
create index job_engineer_idx on job (engineer_id, completed_at);
create index job_customer_idx on job (customer_id, completed_at);

create table invitation (
    id          bigint                   not null primary key,
    job_id      bigint                   not null references job (id),
    token       varchar(64)              not null,
    channel     varchar(20)              not null,
    state       varchar(20)              not null,
    created_at  timestamp not null,
    sent_at     timestamp,
    reminded_at timestamp,
    expires_at  timestamp not null,
    answered_at timestamp,
    constraint invitation_job_unique unique (job_id),
    constraint invitation_token_unique unique (token),
    constraint invitation_state_known
        check (state in ('PENDING', 'SENT', 'REMINDED', 'ANSWERED', 'EXPIRED', 'SUPPRESSED'))
);
create index invitation_state_idx on invitation (state, expires_at);

-- One response per job. The attribution columns are a snapshot taken from the job when the
-- response arrives: engineer, team, region, service type and customer tier as they were then.
create table survey_response (
    id              bigint                   not null primary key,
    job_id          bigint                   not null references job (id),
    invitation_id   bigint                   references invitation (id),
    score           smallint                 not null,
    reason          varchar(2000),
    channel         varchar(20)              not null,
    received_at     timestamp not null,
    engineer_id     bigint                   not null references engineer (id),
    team_id         bigint                   not null references team (id),
    region_id       bigint                   not null references region (id),
    service_type_id bigint                   not null references service_type (id),
    customer_id     bigint                   not null references customer (id),
    customer_tier   varchar(20)              not null,
    constraint survey_response_job_unique unique (job_id),
    constraint survey_response_score_range check (score between 0 and 10),
    constraint survey_response_channel_known check (channel in ('EMAIL', 'SMS', 'WEB', 'PHONE', 'KIOSK'))
);
create index survey_response_received_idx on survey_response (received_at);
create index survey_response_region_idx on survey_response (region_id, received_at);
create index survey_response_team_idx on survey_response (team_id, received_at);
create index survey_response_engineer_idx on survey_response (engineer_id, received_at);

-- Portal accounts. A manager's scope is one region or one team; an admin has none and sees all.
create table portal_user (
    id            bigint                   not null primary key,
    username      varchar(60)              not null,
    display_name  varchar(120)             not null,
    password_hash varchar(400)             not null,
    role          varchar(20)              not null,
    region_id     bigint                   references region (id),
    team_id       bigint                   references team (id),
    active        boolean                  not null,
    created_at    timestamp not null,
    constraint portal_user_username_unique unique (username),
    constraint portal_user_role_known check (role in ('ADMIN', 'MANAGER')),
    constraint portal_user_scope_fits_role check (
        (role = 'ADMIN' and region_id is null and team_id is null)
        or (role = 'MANAGER' and ((region_id is null) <> (team_id is null))))
);

-- Organisation-wide settings: one row. The scoring policy lives here so that an admin can move
-- the cut-offs; responses keep their raw score, so every figure follows the current policy.
create table organisation_settings (
    id                bigint       not null primary key,
    company_name      varchar(120) not null,
    promoter_minimum  smallint     not null,
    detractor_maximum smallint     not null,
    constraint organisation_settings_single_row check (id = 1),
    constraint organisation_settings_policy_valid
        check (detractor_maximum >= 0 and promoter_minimum <= 10 and detractor_maximum < promoter_minimum)
);
insert into organisation_settings (id, company_name, promoter_minimum, detractor_maximum)
values (1, 'Field Service', 9, 6);
