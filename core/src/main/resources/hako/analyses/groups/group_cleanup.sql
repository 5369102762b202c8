-- The working tables of GroupSnapshot are not left on a pooled connection.
DROP TABLE IF EXISTS hako_behaviour_flags;
DROP TABLE IF EXISTS hako_nps_loyalty;
