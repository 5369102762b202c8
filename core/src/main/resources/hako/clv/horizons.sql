-- The distinct (x, T) of the summary: expected purchases if alive depend on these alone (not on t_x).
CREATE OR REPLACE TEMP TABLE hako_clv_horizons (
    x          INTEGER NOT NULL,
    t_days     INTEGER NOT NULL,
    k30        DOUBLE NOT NULL,
    k90        DOUBLE NOT NULL,
    k365       DOUBLE NOT NULL,
    discounted DOUBLE NOT NULL
);
