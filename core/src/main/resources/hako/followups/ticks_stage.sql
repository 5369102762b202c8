-- The ticks to apply, appended by Ticks before the checks and the writes.
CREATE OR REPLACE TEMP TABLE ticks_in (
    task_id      BIGINT,
    outcome      VARCHAR,
    staff        VARCHAR,
    note         VARCHAR,
    contacted_on DATE
);
