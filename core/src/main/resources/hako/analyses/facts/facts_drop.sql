-- The built facts once stored: the connection does not keep them.
DROP VIEW IF EXISTS hako_facts_customers;
DROP VIEW IF EXISTS hako_facts_cohort_months;
DROP VIEW IF EXISTS hako_facts_entries;
DROP VIEW IF EXISTS hako_facts_labels;
DROP VIEW IF EXISTS hako_facts_journeys;
DROP TABLE IF EXISTS hako_build_customers;
DROP TABLE IF EXISTS hako_build_cohort_months;
DROP TABLE IF EXISTS hako_build_entries;
DROP TABLE IF EXISTS hako_build_labels;
DROP TABLE IF EXISTS hako_build_journeys;
