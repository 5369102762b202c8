SELECT count(*) AS records,
       count(*) FILTER (WHERE (customer_id, responded_on) IN (SELECT (customer_id, responded_on) FROM nps_responses)) AS replaced,
       (SELECT count(*) FROM hako_nps_staged WHERE customer_id IS NOT NULL AND responded_on IS NOT NULL AND NOT blank)
           - count(*) AS repeated,
       (SELECT count(*) FROM hako_nps_staged WHERE blank) AS blank_lines
FROM hako_nps_new
