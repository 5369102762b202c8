-- behaviour_flags.sql, then the ids of the customers with the behaviour hako_behaviour.
SELECT customer_id FROM hako_behaviour_flags
WHERE CASE getvariable('hako_behaviour') WHEN 'heavy' THEN heavy WHEN 'one_time' THEN one_time
                                         WHEN 'seasonal' THEN seasonal WHEN 'bulk' THEN bulk END
ORDER BY customer_id;
