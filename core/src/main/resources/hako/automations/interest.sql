-- Browse interest: a view of a product that makes au_browse_views views of it by the same person within
-- au_browse_window (inclusive), completed in (au_browse_from, au_browse_to], with no add_to_cart and no
-- purchase of that product by the customer from the first of those views until au_browse_until.
-- au_interest: one row per such completing view; customer_id NULL for visitors never merged.
-- Variables: au_zone, au_browse_from, au_browse_to, au_browse_window, au_browse_views, au_browse_delay,
-- au_browse_audience (true: clear until au_now; false: until the message is due, the view + au_browse_delay).
CREATE OR REPLACE TEMP TABLE au_interest AS
WITH views AS (
    SELECT e.event_id, e.occurred_at, e.product_code, e.product_name, e.price, e.url, e.visitor_id,
           coalesce(e.customer_id, v.customer_id) AS customer_id
    FROM events e LEFT JOIN au_visitors v USING (visitor_id)
    WHERE e.type = 'product_view' AND e.product_code IS NOT NULL
      AND e.occurred_at > getvariable('au_browse_from') - getvariable('au_browse_window')
      AND e.occurred_at <= getvariable('au_browse_to')
),
counted AS (
    SELECT *,
           lag(occurred_at, getvariable('au_browse_views') - 1) OVER (
               PARTITION BY customer_id, CASE WHEN customer_id IS NULL THEN visitor_id END, product_code
               ORDER BY occurred_at, event_id) AS first_view
    FROM views
)
SELECT event_id, occurred_at, first_view, product_code, product_name, price, url, visitor_id, customer_id,
       CASE WHEN getvariable('au_browse_audience') THEN getvariable('au_now')
            ELSE occurred_at + getvariable('au_browse_delay') END AS clear_until
FROM counted
WHERE first_view >= occurred_at - getvariable('au_browse_window')
  AND occurred_at > getvariable('au_browse_from');

DELETE FROM au_interest i
WHERE i.customer_id IS NOT NULL
  AND (EXISTS (SELECT 1 FROM events e LEFT JOIN au_visitors v USING (visitor_id)
               WHERE e.type IN ('add_to_cart', 'purchase') AND e.product_code = i.product_code
                 AND coalesce(e.customer_id, v.customer_id) = i.customer_id
                 AND e.occurred_at >= i.first_view AND e.occurred_at <= i.clear_until)
    OR EXISTS (SELECT 1 FROM orders o JOIN order_lines l USING (order_id)
               WHERE o.customer_id = i.customer_id AND l.product_code = i.product_code
                 AND NOT o.cancelled AND o.amount > 0
                 AND au_utc(o.ordered_at) >= i.first_view AND au_utc(o.ordered_at) <= i.clear_until));
