-- Whole paths (up to four items), most common first; hako_journey_paths paths per group.
SELECT grp, path, customers, customers / sum(customers) OVER (PARTITION BY grp) AS share
FROM (SELECT grp, items AS path, count(*) AS customers FROM hako_journey_paths GROUP BY ALL)
QUALIFY row_number() OVER (PARTITION BY grp ORDER BY customers DESC, path) <= getvariable('hako_journey_paths')
ORDER BY grp, customers DESC, path;
