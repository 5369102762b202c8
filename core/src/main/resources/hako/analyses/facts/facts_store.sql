-- Keeps the facts just built (hako_build_*, facts_build.sql) for hako_facts_as_of. Variables:
-- hako_facts_as_of, hako_facts_version (the data version they were built from), hako_facts_kept.

-- Facts of older data can never be read again.
DELETE FROM analysis_fact_snapshots
WHERE data_version <> getvariable('hako_facts_version') OR as_of = getvariable('hako_facts_as_of');

-- Keep the newest few dates, making room for this one.
DELETE FROM analysis_fact_snapshots
WHERE as_of NOT IN (SELECT as_of FROM analysis_fact_snapshots ORDER BY computed_at DESC
                    LIMIT getvariable('hako_facts_kept') - 1);

DELETE FROM customer_facts WHERE as_of NOT IN (SELECT as_of FROM analysis_fact_snapshots);
DELETE FROM cohort_month_facts WHERE as_of NOT IN (SELECT as_of FROM analysis_fact_snapshots);
DELETE FROM entry_item_facts WHERE as_of NOT IN (SELECT as_of FROM analysis_fact_snapshots);
DELETE FROM item_label_facts WHERE as_of NOT IN (SELECT as_of FROM analysis_fact_snapshots);
DELETE FROM journey_facts WHERE as_of NOT IN (SELECT as_of FROM analysis_fact_snapshots);

INSERT INTO customer_facts SELECT getvariable('hako_facts_as_of'), * FROM hako_build_customers;
INSERT INTO cohort_month_facts SELECT getvariable('hako_facts_as_of'), * FROM hako_build_cohort_months;
INSERT INTO entry_item_facts SELECT getvariable('hako_facts_as_of'), * FROM hako_build_entries;
INSERT INTO item_label_facts SELECT getvariable('hako_facts_as_of'), * FROM hako_build_labels;
INSERT INTO journey_facts SELECT getvariable('hako_facts_as_of'), * FROM hako_build_journeys;

INSERT INTO analysis_fact_snapshots
VALUES (getvariable('hako_facts_as_of'), getvariable('hako_facts_version'), current_timestamp::TIMESTAMP);
