-- Cart abandonment. A customer's open cart = the add_to_cart minus remove_from_cart events (a missing
-- quantity counts 1) since their last purchase (a purchase event or an order). When the last cart
-- change is au_cart_delay old with no purchase since, the customer enters: step 1 due then, step 2
-- au_cart_step2 later, both decided at once so that a purchase can cancel the pending step 2. At most
-- one entry per au_cart_reentry (between step-1 due times); carts of visitors never merged with a
-- customer are only counted. Variables: au_now, au_cart_delay, au_cart_step2, au_cart_reentry, au_catch_up.

-- Whose carts matter now: a cart change recent enough to enter, or cart messages still pending.
CREATE OR REPLACE TEMP TABLE au_cart_owners AS
SELECT DISTINCT CASE WHEN c IS NULL THEN 'v:' || visitor_id ELSE 'c:' || c END AS owner, c AS customer_id
FROM (SELECT e.visitor_id, coalesce(e.customer_id, v.customer_id) AS c
      FROM events e LEFT JOIN au_visitors v USING (visitor_id)
      WHERE e.type IN ('add_to_cart', 'remove_from_cart')
        AND e.occurred_at > getvariable('au_now') - getvariable('au_cart_delay') - getvariable('au_catch_up')
        AND e.occurred_at <= getvariable('au_now'))
UNION
SELECT 'c:' || customer_id, customer_id
FROM automation_triggers
WHERE scenario = 'cart_abandonment' AND cancelled_at IS NULL AND due_at > getvariable('au_now');

CREATE OR REPLACE TEMP TABLE au_cart_events AS
SELECT x.* FROM (
    SELECT e.event_id, e.occurred_at, e.type, e.product_code, e.product_name, e.price,
           coalesce(e.quantity, 1) AS quantity, e.url,
           CASE WHEN coalesce(e.customer_id, v.customer_id) IS NULL THEN 'v:' || e.visitor_id
                ELSE 'c:' || coalesce(e.customer_id, v.customer_id) END AS owner
    FROM events e LEFT JOIN au_visitors v USING (visitor_id)
    WHERE e.type IN ('add_to_cart', 'remove_from_cart', 'purchase') AND e.occurred_at <= getvariable('au_now')
) x
SEMI JOIN au_cart_owners o USING (owner);

CREATE OR REPLACE TEMP TABLE au_cart_purchases AS
SELECT owner, occurred_at AS purchased_at FROM au_cart_events WHERE type = 'purchase'
UNION ALL
SELECT 'c:' || o.customer_id, au_utc(o.ordered_at)
FROM orders o
SEMI JOIN au_cart_owners w ON w.customer_id = o.customer_id
WHERE NOT o.cancelled AND o.amount > 0 AND au_utc(o.ordered_at) <= getvariable('au_now');

-- One row per owner with an open cart: its key (the first add_to_cart since the last purchase), last
-- change, when step 1 is due, link (the page of the last change) and its lines.
CREATE OR REPLACE TEMP TABLE au_cart_lines AS
WITH last AS (
    SELECT owner, max(purchased_at) AS last_purchase FROM au_cart_purchases GROUP BY owner
),
since AS (
    SELECT e.*
    FROM au_cart_events e LEFT JOIN last l USING (owner)
    WHERE e.type <> 'purchase' AND (l.last_purchase IS NULL OR e.occurred_at > l.last_purchase)
)
SELECT owner, product_code,
       sum(CASE WHEN type = 'add_to_cart' THEN quantity ELSE -quantity END) AS quantity,
       arg_max(product_name, occurred_at) FILTER (WHERE type = 'add_to_cart') AS product_name,
       arg_max(price, occurred_at) FILTER (WHERE type = 'add_to_cart') AS price,
       arg_max(url, occurred_at) FILTER (WHERE type = 'add_to_cart') AS url,
       min({'t': occurred_at, 'id': event_id}) FILTER (WHERE type = 'add_to_cart') AS first_add,
       max({'t': occurred_at, 'id': event_id, 'url': url}) AS last_change
FROM since
GROUP BY ALL;

CREATE OR REPLACE TEMP TABLE au_carts AS
SELECT owner, CASE WHEN owner LIKE 'c:%' THEN substr(owner, 3) END AS customer_id,
       min(first_add).id AS cart_key, max(last_change).t AS last_change,
       max(last_change).t + getvariable('au_cart_delay') AS due_at, max(last_change).url AS link
FROM au_cart_lines
GROUP BY owner
HAVING bool_or(quantity > 0) AND min(first_add) IS NOT NULL;

-- Entering: the open cart's lines as the items, by product code.
INSERT INTO au_new
WITH entering AS (
    SELECT c.*
    FROM au_carts c
    WHERE c.customer_id IS NOT NULL
      AND c.due_at <= getvariable('au_now')
      AND c.due_at > getvariable('au_now') - getvariable('au_catch_up')
      AND NOT EXISTS (
          SELECT 1 FROM automation_triggers t
          WHERE t.scenario = 'cart_abandonment' AND t.customer_id = c.customer_id AND t.step = 1
            AND (t.trigger_key = c.cart_key
                 OR (t.due_at > c.due_at - getvariable('au_cart_reentry')
                     AND t.due_at < c.due_at + getvariable('au_cart_reentry'))))
),
items AS (
    SELECT owner,
           to_json(list_sort(list({'product_code': product_code, 'product_name': product_name, 'price': price,
                                   'quantity': quantity, 'url': url})))::VARCHAR AS items
    FROM au_cart_lines
    SEMI JOIN entering USING (owner)
    WHERE quantity > 0
    GROUP BY owner
)
SELECT 'cart_abandonment', c.customer_id, c.cart_key, s.step,
       CASE WHEN s.step = 1 THEN c.due_at ELSE c.due_at + getvariable('au_cart_step2') END, i.items, c.link
FROM entering c
JOIN items i USING (owner)
CROSS JOIN (VALUES (1), (2)) s(step);

INSERT INTO au_skipped
SELECT 'cart_abandonment', 'anonymous', count(*)
FROM au_carts
WHERE customer_id IS NULL
  AND due_at <= getvariable('au_now') AND due_at > getvariable('au_now') - getvariable('au_catch_up');

-- A purchase after the cart began and before a step was due ends it.
INSERT INTO au_cancel
SELECT t.trigger_id, t.scenario, 'purchased'
FROM automation_triggers t
JOIN events k ON k.event_id = t.trigger_key AND k.type = 'add_to_cart'
WHERE t.scenario = 'cart_abandonment' AND t.cancelled_at IS NULL AND t.due_at > getvariable('au_now')
  AND EXISTS (SELECT 1 FROM au_cart_purchases p
              WHERE p.owner = 'c:' || t.customer_id AND p.purchased_at > k.occurred_at AND p.purchased_at < t.due_at);

-- Everything taken out of the cart: nothing left to remind of.
INSERT INTO au_cancel
SELECT t.trigger_id, t.scenario, 'cart_emptied'
FROM automation_triggers t
WHERE t.scenario = 'cart_abandonment' AND t.cancelled_at IS NULL AND t.due_at > getvariable('au_now')
  AND t.trigger_id NOT IN (SELECT trigger_id FROM au_cancel)
  AND NOT EXISTS (SELECT 1 FROM au_carts c WHERE c.customer_id = t.customer_id AND c.cart_key = t.trigger_key);
