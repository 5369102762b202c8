-- The first decisions of this evaluation, by due time, for display.
SELECT scenario, customer_id, trigger_key, step, due_at, items, link,
       array_to_string(list_transform(from_json(items, '["JSON"]'),
           lambda x: coalesce(x->>'product_name', x->>'product_code') || coalesce(' ×' || (x->>'quantity'), '')), ', ')
           AS summary
FROM au_new
WHERE scenario = ?
ORDER BY due_at, customer_id, step
LIMIT ?
