-- The customer metrics went with the work tables: whoever reads them next on this connection is told
-- to compute them first (CustomerMetrics.requireComputed), as after a failed computation.
SET VARIABLE hako_as_of = NULL;
