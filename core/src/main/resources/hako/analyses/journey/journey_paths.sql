-- Whole paths (up to four items), most common first; hako_journey_paths paths per group.
SELECT grp, path, customers, customers / sum(customers) OVER (PARTITION BY grp) AS share
FROM (SELECT * FROM hako_journey_aggregates UNION ALL SELECT * FROM hako_journey_all)
WHERE kind = 'path'
QUALIFY row_number() OVER (PARTITION BY grp ORDER BY customers DESC, path) <= getvariable('hako_journey_paths')
ORDER BY grp, customers DESC, path;
