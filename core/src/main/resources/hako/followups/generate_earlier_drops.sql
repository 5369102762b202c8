-- Open tasks of earlier generations dropped by this one, per reason.
SELECT reason, count(*) FROM fu_drops WHERE NOT new_task GROUP BY ALL ORDER BY ALL
