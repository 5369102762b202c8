-- behaviour_flags.sql, then one row: customers and sales in all and per behaviour.
SELECT count(*) AS customers, CAST(coalesce(sum(m), 0) AS DECIMAL(18, 2)) AS sales,
       count(*) FILTER (WHERE heavy) AS heavy_customers,
       CAST(coalesce(sum(m) FILTER (WHERE heavy), 0) AS DECIMAL(18, 2)) AS heavy_sales,
       count(*) FILTER (WHERE one_time) AS one_time_customers,
       CAST(coalesce(sum(m) FILTER (WHERE one_time), 0) AS DECIMAL(18, 2)) AS one_time_sales,
       count(*) FILTER (WHERE seasonal) AS seasonal_customers,
       CAST(coalesce(sum(m) FILTER (WHERE seasonal), 0) AS DECIMAL(18, 2)) AS seasonal_sales,
       count(*) FILTER (WHERE bulk) AS bulk_customers,
       CAST(coalesce(sum(m) FILTER (WHERE bulk), 0) AS DECIMAL(18, 2)) AS bulk_sales
FROM hako_behaviour_flags;
