-- The facts stored for hako_facts_as_of, under the names the analyses read.
CREATE OR REPLACE TEMP VIEW hako_facts_customers AS
SELECT * EXCLUDE (as_of) FROM customer_facts WHERE as_of = getvariable('hako_facts_as_of');
CREATE OR REPLACE TEMP VIEW hako_facts_cohort_months AS
SELECT * EXCLUDE (as_of) FROM cohort_month_facts WHERE as_of = getvariable('hako_facts_as_of');
CREATE OR REPLACE TEMP VIEW hako_facts_entries AS
SELECT * EXCLUDE (as_of) FROM entry_item_facts WHERE as_of = getvariable('hako_facts_as_of');
CREATE OR REPLACE TEMP VIEW hako_facts_labels AS
SELECT * EXCLUDE (as_of) FROM item_label_facts WHERE as_of = getvariable('hako_facts_as_of');
CREATE OR REPLACE TEMP VIEW hako_facts_journeys AS
SELECT * EXCLUDE (as_of) FROM journey_facts WHERE as_of = getvariable('hako_facts_as_of');
