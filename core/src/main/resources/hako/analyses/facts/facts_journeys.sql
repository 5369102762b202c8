-- After journey_aggregate.sql over every repeat buyer (facts_build.sql): their journey's figures kept
-- with the other facts.
CREATE OR REPLACE TEMP TABLE hako_build_journeys AS SELECT * FROM hako_journey_aggregates;
DROP TABLE hako_journey_aggregates;
DROP TABLE hako_journey_paths;
