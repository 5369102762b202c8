-- The products recommended at each anchor: up to au_rec_items ranked by co-purchase lift with what the
-- customer bought, then the top sellers of the customer's cluster (customer_metrics at its latest
-- as-of) to fill up. Lift is over customers: with N customers who bought anything, n(A) who bought A
-- and n(A,B) who bought both, lift(A,B) = n(A,B)·N / (n(A)·n(B)); pairs bought by fewer than
-- au_min_support customers are left out. A candidate's score is its best lift with any product the
-- customer bought; ties go to more customers who bought both, then the product code. Products the
-- customer already bought are left out unless due for replenishment (a usage-cycle product whose last
-- run-out is on or before the due date). Purchases count up to au_now_local.

CREATE OR REPLACE TEMP TABLE au_bought AS
SELECT DISTINCT o.customer_id, l.product_code
FROM orders o JOIN order_lines l USING (order_id)
WHERE NOT o.cancelled AND o.amount > 0 AND o.customer_id IS NOT NULL AND l.product_code IS NOT NULL
  AND o.ordered_at <= getvariable('au_now_local');

-- What each anchored customer may be offered although bought: usage-cycle products run out by the due date.
CREATE OR REPLACE TEMP TABLE au_refill AS
WITH last AS (
    SELECT o.customer_id, l.product_code, o.order_date, sum(coalesce(l.quantity, 1)) AS quantity
    FROM orders o JOIN order_lines l USING (order_id)
    WHERE NOT o.cancelled AND o.amount > 0 AND o.ordered_at <= getvariable('au_now_local')
      AND o.customer_id IN (SELECT customer_id FROM au_anchors)
    GROUP BY o.customer_id, l.product_code, o.order_date
    QUALIFY order_date = max(order_date) OVER (PARTITION BY o.customer_id, l.product_code)
)
SELECT a.order_id, l.product_code
FROM au_anchors a
JOIN last l USING (customer_id)
JOIN (SELECT product_code, max(cycle_days) AS cycle_days FROM products WHERE cycle_days > 0 GROUP BY ALL) p
  USING (product_code)
WHERE l.quantity > 0
  AND l.order_date + CAST(round(p.cycle_days * l.quantity) AS INTEGER) <= CAST(a.due_local AS DATE);

CREATE OR REPLACE TEMP TABLE au_lift AS
WITH n AS (SELECT count(DISTINCT customer_id) AS customers FROM au_bought),
per AS (SELECT product_code, count(*) AS customers FROM au_bought GROUP BY ALL),
mine AS (SELECT DISTINCT product_code FROM au_bought SEMI JOIN au_anchors USING (customer_id)),
pairs AS (
    SELECT a.product_code AS a, b.product_code AS b, count(*) AS together
    FROM au_bought a
    JOIN au_bought b ON a.customer_id = b.customer_id AND a.product_code <> b.product_code
    WHERE a.product_code IN (SELECT product_code FROM mine)
    GROUP BY ALL
    HAVING count(*) >= getvariable('au_min_support')
)
SELECT p.a, p.b, p.together, p.together * n.customers / (pa.customers * pb.customers) AS lift
FROM pairs p CROSS JOIN n
JOIN per pa ON pa.product_code = p.a
JOIN per pb ON pb.product_code = p.b;

CREATE OR REPLACE TEMP TABLE au_picks AS
WITH by_lift AS (
    SELECT x.order_id, l.b AS product_code, max(l.lift) AS lift, max(l.together) AS together
    FROM au_anchors x
    JOIN au_bought mine ON mine.customer_id = x.customer_id
    JOIN au_lift l ON l.a = mine.product_code
    GROUP BY ALL
),
cluster_of AS (
    SELECT customer_id, cluster FROM customer_metrics
    WHERE as_of = (SELECT max(as_of) FROM customer_metrics)
),
sellers AS (
    SELECT c.cluster, b.product_code, count(*) AS buyers
    FROM cluster_of c JOIN au_bought b USING (customer_id)
    GROUP BY ALL
),
by_cluster AS (
    SELECT x.order_id, s.product_code, s.buyers
    FROM au_anchors x
    JOIN cluster_of c USING (customer_id)
    JOIN sellers s USING (cluster)
),
ranked AS (
    SELECT order_id, product_code, 0 AS source, row_number() OVER (
               PARTITION BY order_id ORDER BY lift DESC, together DESC, product_code) AS r
    FROM by_lift
    UNION ALL
    SELECT order_id, product_code, 1, row_number() OVER (
               PARTITION BY order_id ORDER BY buyers DESC, product_code)
    FROM by_cluster
),
usable AS (
    SELECT r.*
    FROM ranked r
    JOIN au_anchors x USING (order_id)
    WHERE NOT EXISTS (SELECT 1 FROM au_bought b WHERE b.customer_id = x.customer_id AND b.product_code = r.product_code)
       OR EXISTS (SELECT 1 FROM au_refill f WHERE f.order_id = r.order_id AND f.product_code = r.product_code)
)
SELECT order_id, product_code, source, rank
FROM (
    SELECT order_id, product_code, source,
           row_number() OVER (PARTITION BY order_id ORDER BY source, r) AS rank
    FROM (SELECT order_id, product_code, min(source) AS source, min_by(r, source) AS r FROM usable GROUP BY ALL)
)
WHERE rank <= getvariable('au_rec_items');

INSERT INTO au_new
WITH product AS (
    SELECT product_code, any_value(name) AS name, any_value(price) AS price FROM products GROUP BY ALL
),
page AS (
    SELECT product_code, max({'t': occurred_at, 'id': event_id, 'url': url}).url AS url
    FROM events
    WHERE type = 'product_view' AND url IS NOT NULL AND product_code IN (SELECT product_code FROM au_picks)
    GROUP BY ALL
),
items AS (
    SELECT k.order_id,
           list({'product_code': k.product_code, 'product_name': p.name, 'price': p.price, 'quantity': NULL,
                 'url': g.url} ORDER BY k.rank) AS items,
           arg_min(g.url, k.rank) AS link
    FROM au_picks k LEFT JOIN product p USING (product_code) LEFT JOIN page g USING (product_code)
    GROUP BY k.order_id
)
SELECT 'recommendation', x.customer_id, x.order_id, 1, x.due_at, to_json(i.items)::VARCHAR, i.link
FROM au_anchors x JOIN items i USING (order_id);

INSERT INTO au_skipped
SELECT 'recommendation', 'no_products', count(*)
FROM au_anchors
WHERE order_id NOT IN (SELECT order_id FROM au_picks);
