-- Per scenario, over [from, to): triggers decided, messages sent, clicked, converted (at least one order
-- attributed) and the revenue of the attributed orders. Parameters after attributed.sql's: from, to
-- (triggers), from, to (messages).
, triggered AS (
    SELECT scenario, count(*) AS n FROM automation_triggers WHERE decided_at >= ? AND decided_at < ? GROUP BY scenario
), messages AS (
    SELECT o.scenario, o.outbox_id,
           EXISTS (SELECT 1 FROM message_clicks k WHERE k.outbox_id = o.outbox_id) AS clicked,
           (SELECT count(*) FROM attributed a WHERE a.outbox_id = o.outbox_id) AS orders,
           (SELECT coalesce(sum(a.amount), 0) FROM attributed a WHERE a.outbox_id = o.outbox_id) AS revenue
    FROM outbox o WHERE o.status = 'sent' AND o.sent_at >= ? AND o.sent_at < ?
), per_scenario AS (
    SELECT scenario, count(*) AS sent, count(*) FILTER (WHERE clicked) AS clicked,
           count(*) FILTER (WHERE orders > 0) AS converted, sum(revenue) AS revenue
    FROM messages GROUP BY scenario
)
SELECT coalesce(t.scenario, m.scenario) AS scenario, coalesce(t.n, 0) AS triggered, coalesce(m.sent, 0) AS sent,
       coalesce(m.clicked, 0) AS clicked, coalesce(m.converted, 0) AS converted, coalesce(m.revenue, 0) AS revenue
FROM triggered t FULL OUTER JOIN per_scenario m ON m.scenario = t.scenario
ORDER BY scenario
