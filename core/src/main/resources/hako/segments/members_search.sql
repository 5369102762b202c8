-- A search over id, name and (when allowed) email, only added when there is something to look for, so
-- that plain segment counts never touch the customers master. Parameters: the text (lower case) three
-- times; whether email may match.
AND (contains(lower(m.customer_id), ?)
     OR m.customer_id IN (SELECT customer_id FROM customers
                          WHERE contains(lower(coalesce(name, '')), ?)
                             OR (CAST(? AS BOOLEAN) AND contains(lower(coalesce(email, '')), ?))))
