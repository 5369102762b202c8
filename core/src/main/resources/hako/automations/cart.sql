-- Cart abandonment. A cart's owner is the customer (the event's, or the one its visitor was merged with)
-- or, never merged, the visitor (anon). An open cart = the add_to_cart minus remove_from_cart events (a
-- missing quantity counts 1) since the owner's last purchase (a purchase event or an order). When the last
-- cart change is au_cart_delay old with no purchase since, the customer enters: step 1 due then, step 2
-- au_cart_step2 later, both decided at once so that a purchase can cancel the pending step 2. At most one
-- entry per au_cart_reentry (between step-1 due times); carts of visitors never merged are only counted.
-- Events of one owner in the same microsecond are ordered by a hash of their ids (ord), so that the cart's
-- key (its first add_to_cart) and link (the page of its last change) are the same at every evaluation.
-- Incremental: only the carts of owners with a cart change that may have become due since au_since_due, or
-- with an event received (or a visitor merged) since au_since_received, are rebuilt; a purchase cancels
-- pending messages whoever it is. Variables: au_now, au_cart_delay, au_cart_step2, au_cart_reentry,
-- au_catch_up, au_late_margin.

-- The watermark: the latest evaluation that wrote (automation_runs) with this scenario on, at or before
-- au_now, less au_late_margin for events still being committed at that instant. au_since_received: events
-- received after it are looked at again (a late event, whatever its occurred_at); without such an
-- evaluation, au_catch_up back. au_since_due: carts that became due after it may enter (never more than
-- au_catch_up back).
SET VARIABLE au_since_received = (
    SELECT coalesce(max(evaluated_at) - getvariable('au_late_margin'),
                    getvariable('au_now') - getvariable('au_catch_up'))
    FROM automation_runs
    WHERE evaluated_at <= getvariable('au_now') AND list_contains(scenarios, 'cart_abandonment'));

SET VARIABLE au_since_due = greatest(getvariable('au_since_received'),
                                     getvariable('au_now') - getvariable('au_catch_up'));

CREATE OR REPLACE TEMP TABLE au_cart_owners AS
SELECT DISTINCT coalesce(e.customer_id, v.customer_id) IS NULL AS anon,
       coalesce(e.customer_id, v.customer_id, e.visitor_id) AS owner
FROM events e LEFT JOIN au_visitors v USING (visitor_id)
WHERE e.type IN ('add_to_cart', 'remove_from_cart', 'purchase')
  AND e.occurred_at <= getvariable('au_now')
  AND (e.occurred_at > getvariable('au_since_due') - getvariable('au_cart_delay')
       OR e.received_at > getvariable('au_since_received')
       OR e.visitor_id IN (SELECT visitor_id FROM visitor_customers
                           WHERE linked_at > getvariable('au_since_received')));

CREATE OR REPLACE TEMP TABLE au_cart_events AS
SELECT x.*, (epoch_us(x.occurred_at)::HUGEINT << 64) + hash(x.event_id) AS ord
FROM (
    SELECT e.event_id, e.occurred_at, e.type, e.product_code, e.product_name, e.price,
           coalesce(e.quantity, 1) AS quantity, e.url,
           coalesce(e.customer_id, v.customer_id) IS NULL AS anon,
           coalesce(e.customer_id, v.customer_id, e.visitor_id) AS owner
    FROM events e LEFT JOIN au_visitors v USING (visitor_id)
    WHERE e.type IN ('add_to_cart', 'remove_from_cart', 'purchase') AND e.occurred_at <= getvariable('au_now')
) x
SEMI JOIN au_cart_owners o USING (anon, owner);

CREATE OR REPLACE TEMP TABLE au_cart_bought AS
SELECT anon, owner, max(purchased_at) AS last_purchase
FROM (SELECT anon, owner, occurred_at AS purchased_at FROM au_cart_events WHERE type = 'purchase'
      UNION ALL
      SELECT false, o.customer_id, au_utc(o.ordered_at)
      FROM orders o
      SEMI JOIN au_cart_owners w ON NOT w.anon AND w.owner = o.customer_id
      WHERE NOT o.cancelled AND o.amount > 0 AND au_utc(o.ordered_at) <= getvariable('au_now'))
GROUP BY ALL;

-- One row per owner and product in the cart since the last purchase: the quantity left, the latest
-- add_to_cart's name, price and page, and the first add and last change (as ord) for the cart's key and link.
CREATE OR REPLACE TEMP TABLE au_cart_lines AS
WITH since AS (
    SELECT e.*, e.type = 'add_to_cart' AS added
    FROM au_cart_events e LEFT JOIN au_cart_bought b USING (anon, owner)
    WHERE e.type <> 'purchase' AND (b.last_purchase IS NULL OR e.occurred_at > b.last_purchase)
)
SELECT anon, owner, product_code,
       sum(CASE WHEN added THEN quantity ELSE -quantity END) AS quantity,
       arg_max(product_name, ord) FILTER (WHERE added) AS product_name,
       arg_max(price, ord) FILTER (WHERE added) AS price,
       arg_max(url, ord) FILTER (WHERE added) AS url,
       min(ord) FILTER (WHERE added) AS first_add,
       arg_min(event_id, ord) FILTER (WHERE added) AS first_add_id,
       max(ord) AS last_ord,
       max(occurred_at) AS last_change,
       arg_max(url, ord) AS last_url
FROM since
GROUP BY ALL;

-- One row per owner with an open cart: its key (the first add_to_cart since the last purchase), last
-- change, when step 1 is due, link (the page of the last change) and how many lines it holds.
CREATE OR REPLACE TEMP TABLE au_carts AS
SELECT anon, owner, arg_min(first_add_id, first_add) AS cart_key, max(last_change) AS last_change,
       max(last_change) + getvariable('au_cart_delay') AS due_at, arg_max(last_url, last_ord) AS link,
       count(*) FILTER (WHERE quantity > 0) AS lines
FROM au_cart_lines
GROUP BY anon, owner
HAVING bool_or(quantity > 0) AND min(first_add) IS NOT NULL;

-- Entering: the open cart's lines as the items, by product code: a running string_agg kept at each cart's
-- last line (in DuckDB much cheaper than list or an ordered aggregate over a million carts).
INSERT INTO au_new
WITH entering AS (
    SELECT c.*
    FROM au_carts c
    WHERE NOT c.anon
      AND c.due_at <= getvariable('au_now')
      AND c.due_at > getvariable('au_now') - getvariable('au_catch_up')
      AND NOT EXISTS (
          SELECT 1 FROM automation_triggers t
          WHERE t.scenario = 'cart_abandonment' AND t.customer_id = c.owner AND t.step = 1
            AND (t.trigger_key = c.cart_key
                 OR (t.due_at > c.due_at - getvariable('au_cart_reentry')
                     AND t.due_at < c.due_at + getvariable('au_cart_reentry'))))
),
lines AS (
    SELECT c.owner, c.cart_key, c.due_at, c.link, c.lines, l.product_code,
           to_json({'product_code': l.product_code, 'product_name': l.product_name, 'price': l.price,
                    'quantity': l.quantity, 'url': l.url})::VARCHAR AS line
    FROM entering c
    JOIN au_cart_lines l ON NOT l.anon AND l.owner = c.owner
    WHERE l.quantity > 0
),
carts AS (
    SELECT owner, cart_key, due_at, link, '[' || string_agg(line, ',') OVER cart || ']' AS items
    FROM lines
    WINDOW cart AS (PARTITION BY owner ORDER BY product_code ASC NULLS LAST
                    ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)
    QUALIFY row_number() OVER cart = lines
)
SELECT 'cart_abandonment', owner, cart_key, s.step,
       CASE WHEN s.step = 1 THEN due_at ELSE due_at + getvariable('au_cart_step2') END, items, link
FROM carts
CROSS JOIN (VALUES (1), (2)) s(step);

INSERT INTO au_skipped
SELECT 'cart_abandonment', 'anonymous', count(*)
FROM au_carts
WHERE anon AND due_at <= getvariable('au_now') AND due_at > getvariable('au_now') - getvariable('au_catch_up');

-- Cart messages not yet due.
CREATE OR REPLACE TEMP TABLE au_cart_pending AS
SELECT trigger_id, customer_id, trigger_key, due_at
FROM automation_triggers
WHERE scenario = 'cart_abandonment' AND cancelled_at IS NULL AND due_at > getvariable('au_now');

-- A purchase (event or order, whenever it arrived) after the cart began and before a step was due ends it.
INSERT INTO au_cancel
WITH bought AS (
    SELECT coalesce(e.customer_id, v.customer_id) AS customer_id, e.occurred_at AS purchased_at
    FROM events e LEFT JOIN au_visitors v USING (visitor_id)
    WHERE e.type = 'purchase' AND e.occurred_at <= getvariable('au_now')
    UNION ALL
    SELECT o.customer_id, au_utc(o.ordered_at)
    FROM orders o
    SEMI JOIN au_cart_pending p USING (customer_id)
    WHERE NOT o.cancelled AND o.amount > 0 AND au_utc(o.ordered_at) <= getvariable('au_now')
),
hit AS (
    SELECT p.trigger_id, p.trigger_key, b.purchased_at
    FROM au_cart_pending p JOIN bought b ON b.customer_id = p.customer_id AND b.purchased_at < p.due_at
)
SELECT DISTINCT h.trigger_id, 'cart_abandonment', 'purchased'
FROM hit h
JOIN events k ON k.event_id = h.trigger_key AND k.type = 'add_to_cart'
WHERE h.purchased_at > k.occurred_at;

-- Everything taken out of the cart: nothing left to remind of. Only a change since the watermark (its
-- owner is among au_cart_owners) can empty a cart that was open when its messages were decided.
INSERT INTO au_cancel
SELECT p.trigger_id, 'cart_abandonment', 'cart_emptied'
FROM au_cart_pending p
SEMI JOIN au_cart_owners o ON NOT o.anon AND o.owner = p.customer_id
WHERE p.trigger_id NOT IN (SELECT trigger_id FROM au_cancel)
  AND NOT EXISTS (SELECT 1 FROM au_carts c WHERE NOT c.anon AND c.owner = p.customer_id AND c.cart_key = p.trigger_key);
