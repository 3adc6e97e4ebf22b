-- The read side's rollups and the targets that figures are measured against.
--
-- Figures are never computed by scanning survey_response: every answer is also counted in
-- response_rollup, by UTC day, by every dimension a manager can filter or group by, and by
-- score (not by category, so that moving the scoring cut-offs needs no stored row to change).
-- The counts are kept in the same transaction as the answers they count: recorded, changed
-- within the change window, imported, or loaded as demo history.

-- An NPS to reach, per region and team; null takes the one above. The organisation's default of
-- 40 is a common "good" mark for field-service and B2B services, well above the 0 that only says
-- promoters balance detractors, and below the 60-70 of the best in class.
alter table region add column target_nps smallint;
alter table team add column target_nps smallint;
alter table organisation_settings add column target_nps smallint default 40 not null;
alter table region add constraint region_target_on_scale check (target_nps between -100 and 100);
alter table team add constraint team_target_on_scale check (target_nps between -100 and 100);
alter table organisation_settings add constraint organisation_settings_target_on_scale
    check (target_nps between -100 and 100);

-- Answers counted per day, attribution and score. The key leads with the day, which serves the
-- organisation's own figures; the three indexes serve a region's, a team's and an engineer's.
create table response_rollup (
    utc_day         date        not null,
    region_id       bigint      not null,
    team_id         bigint      not null,
    engineer_id     bigint      not null,
    service_type_id bigint      not null,
    customer_tier   varchar(20) not null,
    channel         varchar(20) not null,
    score           smallint    not null,
    responses       bigint      not null,
    constraint response_rollup_key primary key
        (utc_day, region_id, team_id, engineer_id, service_type_id, customer_tier, channel, score)
);
create index response_rollup_region_idx on response_rollup (region_id, utc_day);
create index response_rollup_team_idx on response_rollup (team_id, utc_day);
create index response_rollup_engineer_idx on response_rollup (engineer_id, utc_day);

-- Invitations that went out, per day they were created and attribution, and how many of them
-- have been answered: the response rate of a period. Invitations never sent (opted out, asked too
-- recently, imported history) are not counted.
create table invitation_rollup (
    utc_day         date        not null,
    region_id       bigint      not null,
    team_id         bigint      not null,
    engineer_id     bigint      not null,
    service_type_id bigint      not null,
    customer_tier   varchar(20) not null,
    channel         varchar(20) not null,
    invitations     bigint      not null,
    answered        bigint      not null,
    constraint invitation_rollup_key primary key
        (utc_day, region_id, team_id, engineer_id, service_type_id, customer_tier, channel)
);
create index invitation_rollup_region_idx on invitation_rollup (region_id, utc_day);
create index invitation_rollup_team_idx on invitation_rollup (team_id, utc_day);

-- Whatever is already recorded, counted once.
insert into response_rollup (utc_day, region_id, team_id, engineer_id, service_type_id, customer_tier, channel,
        score, responses)
select cast(received_at as date), region_id, team_id, engineer_id, service_type_id, customer_tier, channel,
        score, count(*)
from survey_response
group by cast(received_at as date), region_id, team_id, engineer_id, service_type_id, customer_tier, channel,
        score;

insert into invitation_rollup (utc_day, region_id, team_id, engineer_id, service_type_id, customer_tier, channel,
        invitations, answered)
select cast(i.created_at as date), t.region_id, e.team_id, j.engineer_id, j.service_type_id, c.tier, i.channel,
        count(*), sum(case when i.answered_at is null then 0 else 1 end)
from invitation i
join job j on j.id = i.job_id
join engineer e on e.id = j.engineer_id
join team t on t.id = e.team_id
join customer c on c.id = j.customer_id
where i.suppressed_because is null
group by cast(i.created_at as date), t.region_id, e.team_id, j.engineer_id, j.service_type_id, c.tier, i.channel;
