-- Whole paths (up to four items), most common first, and their share of the group; hako_journey_paths
-- paths per group.
SELECT grp, path, customers, share
FROM (SELECT * FROM hako_journey_aggregates UNION ALL SELECT * FROM hako_journey_all)
WHERE kind = 'path' AND ord <= getvariable('hako_journey_paths')
ORDER BY grp, ord;
