SELECT count(*) AS records,
       count(*) FILTER (WHERE (month, channel) IN (SELECT (month, channel) FROM acquisition_spend)) AS replaced,
       (SELECT count(*) FROM hako_acquisition_spend_staged WHERE month IS NOT NULL AND NOT blank) - count(*) AS repeated,
       (SELECT count(*) FROM hako_acquisition_spend_staged WHERE blank) AS blank_lines
FROM hako_acquisition_spend_new
