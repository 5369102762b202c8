-- nps_loyalty.sql, then the ids of one group's customers (hako_loyalty).
SELECT customer_id FROM hako_nps_loyalty WHERE loyalty = getvariable('hako_loyalty') ORDER BY customer_id;
