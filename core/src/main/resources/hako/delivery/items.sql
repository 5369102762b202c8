-- A trigger's items (the JSON array the scenarios wrote), in order. Parameter: trigger_id.
SELECT i.product_code, i.product_name, i.price, i.quantity, i.url
FROM (SELECT unnest(from_json(items,
        '[{"product_code":"VARCHAR","product_name":"VARCHAR","price":"DECIMAL(18,2)","quantity":"INTEGER","url":"VARCHAR"}]'))
        AS i
      FROM automation_triggers WHERE trigger_id = ?)
