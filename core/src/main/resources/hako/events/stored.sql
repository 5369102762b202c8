-- Per batch: events received and how many of them were already stored (resent).
SELECT batch, count(*) AS received, count(*) FILTER (WHERE duplicate) AS duplicates
FROM hako_event_fresh
GROUP BY batch
ORDER BY batch
