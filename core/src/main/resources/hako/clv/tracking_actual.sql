-- Repeat purchase days per week since the first customer's first purchase (week 1 = its first 7 days).
-- Variables: hako_clv_origin (DATE).
SELECT CAST(date_diff('day', getvariable('hako_clv_origin'), d.day) // 7 AS INTEGER) + 1 AS week,
       count(*) AS repeats
FROM hako_clv_days d
JOIN hako_clv_summary s USING (customer_id)
WHERE d.day > s.first_day
GROUP BY week
ORDER BY week
