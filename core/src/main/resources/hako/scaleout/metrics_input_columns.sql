-- The columns and types of the Spark job's customer table (parameter: the Parquet files, a glob).
SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_parquet(?))
