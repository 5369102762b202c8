-- The latest decisions of a scenario with the customer's name and email and the items in a few words.
-- Parameters: scenario, limit.
SELECT t.customer_id, c.name, c.email, t.trigger_key, t.step, t.decided_at, t.due_at, t.cancelled_at, t.cancel_reason,
       array_to_string(list_transform(from_json(t.items, '["JSON"]'),
           lambda x: coalesce(x->>'product_name', x->>'product_code') || coalesce(' ×' || (x->>'quantity'), '')), ', ')
           AS summary
FROM automation_triggers t
LEFT JOIN (SELECT customer_id, any_value(name) AS name, any_value(email) AS email FROM customers GROUP BY ALL) c
  USING (customer_id)
WHERE t.scenario = ?
ORDER BY t.decided_at DESC, t.due_at DESC, t.customer_id, t.step
LIMIT ?
