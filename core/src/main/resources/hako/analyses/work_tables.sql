-- The temporary views, then tables, the analyses leave on a connection: kind (VIEW or TABLE) and name.
SELECT 'VIEW', view_name FROM duckdb_views() WHERE temporary AND view_name LIKE 'hako\_%' ESCAPE '\'
UNION ALL
SELECT 'TABLE', table_name FROM duckdb_tables() WHERE temporary AND table_name LIKE 'hako\_%' ESCAPE '\'
ORDER BY 1 DESC
