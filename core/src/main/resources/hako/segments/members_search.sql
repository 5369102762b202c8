-- A search over id, name and (when allowed) email, appended to members_filter.sql: the lower-case text the
-- snapshot keeps (search_text = id and name, search_email = email; V14__list_names.sql), one narrow column
-- scanned instead of the customers master. Parameters: search (lower case); whether email may match; search.
  AND (contains(m.search_text, ?)
       OR (CAST(? AS BOOLEAN) AND contains(m.search_email, ?)))
