-- The segment's conditions on the CLV scores s (members_scored.sql), appended to members_filter.sql. A customer
-- without scores has NULLs here and matches none of them. Parameters, each twice: churn risk; P(alive) min and
-- max in percent; CLV min and max.
  AND (CAST(? AS VARCHAR) IS NULL OR s.churn_risk = ?)
  AND (CAST(? AS BIGINT) IS NULL OR s.p_alive * 100 >= ?)
  AND (CAST(? AS BIGINT) IS NULL OR s.p_alive * 100 <= ?)
  AND (CAST(? AS BIGINT) IS NULL OR s.clv_365 >= ?)
  AND (CAST(? AS BIGINT) IS NULL OR s.clv_365 <= ?)
