-- The analyses' groups as segments: behaviour segments and NPS loyalty groups stored per as-of date,
-- beside the customer table (customer_metrics), so that the customer list, the board's segment boxes
-- and follow-up plans select them as they select clusters.

-- Members of each group at an as-of date: grp is heavy, one_time, seasonal, bulk, loyalty_high,
-- loyalty_mid or loyalty_low (hako.analyses.groups.CustomerGroup).
CREATE TABLE customer_groups (
    as_of       DATE NOT NULL,
    grp         VARCHAR NOT NULL,
    customer_id VARCHAR NOT NULL
);

-- Which as-of dates are stored, from which data (the last import) and under which behaviour rules.
CREATE TABLE customer_group_snapshots (
    as_of        DATE NOT NULL,
    data_version BIGINT NOT NULL,
    rules        VARCHAR NOT NULL,
    computed_at  TIMESTAMP NOT NULL
);

-- A board segment may be narrowed to one group.
ALTER TABLE board_segments ADD COLUMN grp VARCHAR;
