-- The items (the JSON array the scenarios wrote) of one trigger, or of every trigger with a claimed
-- message when trigger_id is NULL, in order. Parameters: trigger_id or NULL (twice).
SELECT trigger_id, i.product_code, i.product_name, i.price, i.quantity, i.url
FROM (SELECT trigger_id, unnest(from_json(items,
        '[{"product_code":"VARCHAR","product_name":"VARCHAR","price":"DECIMAL(18,2)","quantity":"INTEGER","url":"VARCHAR"}]'))
        AS i, generate_subscripts(from_json(items, '["JSON"]'), 1) AS n
      FROM automation_triggers
      WHERE (?::VARCHAR IS NULL AND trigger_id IN (SELECT trigger_id FROM outbox WHERE status = 'sending'))
         OR trigger_id = ?)
ORDER BY trigger_id, n
