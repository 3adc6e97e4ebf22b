-- The answers counted by engineer, per UTC day and per calendar month, for the figures that
-- need the engineer but no service type, tier or channel: the league of engineers, one
-- engineer's figures and trend, a scope's figures grouped by engineer. Read from the full
-- response_rollup, where almost every answer is a cell of its own, those figures were slower
-- than grouping the responses themselves; here a month of an engineer is at most eleven rows.
-- Like the rollups by team (V3), a figure is summed from the whole months of its period plus the
-- days at either end, a weekly trend from the days alone. The counts are kept in the same
-- transaction as the answers they count.
--
-- The region and team are those the answer was given in, which an engineer who moves between
-- teams takes with them; so they are part of the key. The keys lead with the day, which serves
-- the organisation's figures and keeps a period's rows together; the indexes serve a region's,
-- a team's and one engineer's. The engineer's index carries the score and the count, so that an
-- engineer's trend over a year is read from the index alone, not from a row on every day's page.

create table engineer_day_rollup (
    utc_day     date     not null,
    region_id   bigint   not null,
    team_id     bigint   not null,
    engineer_id bigint   not null,
    score       smallint not null,
    responses   bigint   not null,
    constraint engineer_day_rollup_key primary key (utc_day, region_id, team_id, engineer_id, score)
);
create index engineer_day_rollup_region_idx on engineer_day_rollup (region_id, utc_day);
create index engineer_day_rollup_team_idx on engineer_day_rollup (team_id, utc_day);
create index engineer_day_rollup_engineer_idx on engineer_day_rollup (engineer_id, utc_day, score, responses);

create table engineer_month_rollup (
    month_start date     not null,
    region_id   bigint   not null,
    team_id     bigint   not null,
    engineer_id bigint   not null,
    score       smallint not null,
    responses   bigint   not null,
    constraint engineer_month_rollup_key primary key (month_start, region_id, team_id, engineer_id, score)
);
create index engineer_month_rollup_region_idx on engineer_month_rollup (region_id, month_start);
create index engineer_month_rollup_team_idx on engineer_month_rollup (team_id, month_start);
create index engineer_month_rollup_engineer_idx on engineer_month_rollup (engineer_id, month_start);

-- Whatever is already counted, counted again by engineer, in day order.
insert into engineer_day_rollup (utc_day, region_id, team_id, engineer_id, score, responses)
select utc_day, region_id, team_id, engineer_id, score, sum(responses)
from response_rollup
group by utc_day, region_id, team_id, engineer_id, score
order by utc_day;

insert into engineer_month_rollup (month_start, region_id, team_id, engineer_id, score, responses)
select cast(date_trunc('month', utc_day) as date), region_id, team_id, engineer_id, score, sum(responses)
from engineer_day_rollup
group by cast(date_trunc('month', utc_day) as date), region_id, team_id, engineer_id, score
order by 1;
