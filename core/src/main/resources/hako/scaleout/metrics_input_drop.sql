-- A refused customer table is not kept on the connection.
DROP TABLE IF EXISTS hako_metrics_input;
