-- The temporary tables of a fit, scoring or diagnostics on this connection, dropped once their results are kept.
DROP TABLE IF EXISTS hako_clv_days;
DROP TABLE IF EXISTS hako_clv_summary;
DROP TABLE IF EXISTS hako_clv_horizons;
DROP TABLE IF EXISTS hako_clv_scores;
