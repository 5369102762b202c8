-- When one order id comes in several files of the same import, the later file's lines win.
-- Run only when the import has more than one orders file.
DELETE FROM hako_orders_staged s
USING (SELECT order_id, max(file_no) AS last_file FROM hako_orders_staged GROUP BY order_id) m
WHERE s.order_id = m.order_id AND s.file_no < m.last_file;

