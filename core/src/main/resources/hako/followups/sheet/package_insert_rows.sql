-- The open package-insert tasks due in a range, each with the customer's latest order not shipped
-- yet (not cancelled, status one of the not-shipped words below after lower-casing and turning
-- spaces and hyphens into underscores). Parameters: from, to.
WITH not_shipped(status) AS (
    VALUES ('pending'), ('unfulfilled'), ('processing'), ('unshipped'), ('not_shipped'), ('awaiting_shipment'),
           ('awaiting_fulfillment'), ('ready_to_ship'), ('on_hold'), ('backordered'), ('partially_fulfilled'),
           ('未発送'), ('発送待ち'), ('発送前'), ('出荷待ち'), ('出荷前'), ('未出荷'), ('準備中'), ('発送準備中'),
           ('出荷準備中'), ('受注'), ('新規受付'), ('入金待ち'), ('取り寄せ中'), ('予約')
),
unshipped AS (
    SELECT customer_id, order_id, order_date, status,
           row_number() OVER (PARTITION BY customer_id ORDER BY ordered_at DESC, order_id DESC) AS latest
    FROM orders
    WHERE NOT cancelled AND customer_id IS NOT NULL
      AND replace(replace(lower(trim(status)), ' ', '_'), '-', '_') IN (SELECT status FROM not_shipped)
)
SELECT t.task_id, t.due_date, t.customer_id, c.name, c.postal_code, c.address, c.phone, c.email,
       c.line_user_id AS line_id, u.order_id, u.order_date, u.status AS order_status, s.message
FROM followup_tasks t
LEFT JOIN followup_steps s ON s.plan_id = t.plan_id AND s.step_no = t.step_no
LEFT JOIN customers c ON c.customer_id = t.customer_id
LEFT JOIN unshipped u ON u.customer_id = t.customer_id AND u.latest = 1
WHERE t.channel = 'package_insert' AND t.due_date BETWEEN ? AND ?
  AND t.dropped_reason IS NULL AND t.outcome IS NULL
ORDER BY t.due_date, t.task_id
