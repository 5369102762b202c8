-- Browse retargeting messages, after interest.sql has found the interest due in this evaluation's
-- catch-up window: one message au_browse_delay after the completing view, the customer's earliest due
-- one first, at most one per customer per au_browse_cap (between due times). Visitors never merged
-- are only counted. Variables: au_now, au_browse_delay, au_browse_cap.
INSERT INTO au_new
SELECT 'browse_retargeting', customer_id, event_id, 1, due_at,
       to_json([{'product_code': product_code, 'product_name': product_name, 'price': price, 'quantity': NULL,
                 'url': url}])::VARCHAR,
       url
FROM (
    SELECT i.*, i.occurred_at + getvariable('au_browse_delay') AS due_at,
           row_number() OVER (PARTITION BY i.customer_id ORDER BY i.occurred_at, i.product_code, i.event_id) AS n
    FROM au_interest i
    WHERE i.customer_id IS NOT NULL
      AND NOT EXISTS (
          SELECT 1 FROM automation_triggers t
          WHERE t.scenario = 'browse_retargeting' AND t.customer_id = i.customer_id
            AND (t.trigger_key = i.event_id
                 OR (t.due_at > i.occurred_at + getvariable('au_browse_delay') - getvariable('au_browse_cap')
                     AND t.due_at < i.occurred_at + getvariable('au_browse_delay') + getvariable('au_browse_cap'))))
) x
WHERE n = 1;

INSERT INTO au_skipped
SELECT 'browse_retargeting', 'anonymous', count(DISTINCT visitor_id)
FROM au_interest
WHERE customer_id IS NULL;
