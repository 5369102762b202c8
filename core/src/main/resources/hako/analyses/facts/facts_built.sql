-- The facts just built on this connection (facts_build.sql), under the names the analyses read.
CREATE OR REPLACE TEMP VIEW hako_facts_customers AS SELECT * FROM hako_build_customers;
CREATE OR REPLACE TEMP VIEW hako_facts_cohort_months AS SELECT * FROM hako_build_cohort_months;
CREATE OR REPLACE TEMP VIEW hako_facts_entries AS SELECT * FROM hako_build_entries;
CREATE OR REPLACE TEMP VIEW hako_facts_labels AS SELECT * FROM hako_build_labels;
CREATE OR REPLACE TEMP VIEW hako_facts_journeys AS SELECT * FROM hako_build_journeys;
