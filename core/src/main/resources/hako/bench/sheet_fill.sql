-- A shop of getvariable('bench_tasks') customers with one December task each, every task ticked
-- off (so the exported sheet has every input column filled) but every 50th, which is dropped.
INSERT INTO followup_plans VALUES ('bench', 'Bench plan R30/45/55', 'all', true, 'bench', now()::TIMESTAMP);

INSERT INTO followup_steps VALUES
    ('bench', 1, 'recency', 30, 'email', 'Thank-you mail with usage tips'),
    ('bench', 2, 'recency', 45, 'phone', 'Call: how is the product working for you?'),
    ('bench', 3, 'recency', 55, 'dm', 'Postcard with a 10% coupon');

INSERT INTO customers (customer_id, name, email, phone, postal_code, address, line_user_id, import_id)
SELECT 'C' || lpad(i::VARCHAR, 7, '0'), '顧客 ' || i, 'customer' || i || '@example.jp',
       '090-' || lpad((i % 10000)::VARCHAR, 4, '0') || '-' || lpad((i // 10000)::VARCHAR, 4, '0'),
       lpad((100 + i % 900)::VARCHAR, 3, '0') || '-' || lpad((i % 10000)::VARCHAR, 4, '0'),
       '東京都渋谷区神宮前' || (1 + i % 6) || '-' || (1 + i % 20) || '-' || (1 + i % 15), 'U' || md5(i::VARCHAR), 1
FROM range(getvariable('bench_tasks')) t(i);

INSERT INTO followup_tasks
SELECT i, 'bench', 1 + i % 3, 'C' || lpad(i::VARCHAR, 7, '0'), ['email', 'phone', 'dm'][1 + i % 3],
       DATE '2026-11-01', DATE '2026-12-01' + (i % 31)::INTEGER, NULL, now()::TIMESTAMP,
       CASE WHEN i % 50 = 0 THEN 'no_consent' END,
       CASE WHEN i % 50 <> 0 THEN ['done', 'no_answer', 'purchased'][1 + i % 3] END,
       CASE WHEN i % 50 <> 0 THEN ['佐藤', '鈴木', '田中'][1 + i % 3] END,
       CASE WHEN i % 50 <> 0 AND i % 4 = 0 THEN '留守電に伝言' END,
       CASE WHEN i % 50 <> 0 THEN 'bench' END,
       CASE WHEN i % 50 <> 0 THEN now()::TIMESTAMP END
FROM range(getvariable('bench_tasks')) t(i);

INSERT INTO contacts
SELECT customer_id, due_date, channel, outcome, staff, note, task_id, 'bench', now()::TIMESTAMP
FROM followup_tasks WHERE outcome IS NOT NULL;
