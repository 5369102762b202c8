-- A search over id, name and (when allowed) email, appended to members_filter.sql. The master is
-- searched on its own and matched by id, which is far cheaper than joining a million rows first.
-- Parameters: search (lower case) twice; whether email may match; search.
  AND (contains(lower(m.customer_id), ?)
       OR m.customer_id IN (SELECT customer_id FROM customers
                            WHERE contains(lower(name), ?)
                               OR (CAST(? AS BOOLEAN) AND contains(lower(email), ?))))
