-- The benchmark's shop: ? customers who consent to email only, each with one due recommendation trigger.
-- Parameters: customers; decided_at, due_at, customers.
INSERT INTO customers (customer_id, email, name, consent_email, consent_line, import_id)
SELECT 'B' || range, 'b' || range || '@bench.example', '顧客' || range, true, false, 1 FROM range(?);
INSERT INTO automation_triggers (trigger_id, scenario, customer_id, trigger_key, step, decided_at, due_at, items, link)
SELECT 'recommendation:B' || range || ':bench:1', 'recommendation', 'B' || range, 'bench', 1, ?, ?,
       '[{"product_code":"P-1","product_name":"有機緑茶 100g","price":1280,"quantity":1,"url":"https://shop.example/p/1"},'
           || '{"product_code":"P-2","product_name":"急須","price":4500,"quantity":1,"url":"https://shop.example/p/2"}]',
       'https://shop.example/' FROM range(?)
