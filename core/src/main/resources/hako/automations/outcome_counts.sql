-- What this evaluation decided, cancelled and left out, per scenario: kind (decided, cancelled, skipped), reason, count.
SELECT scenario, 'decided' AS kind, '' AS reason, count(*) AS n FROM au_new GROUP BY ALL
UNION ALL
SELECT scenario, 'cancelled', reason, count(*) FROM au_cancel GROUP BY ALL
UNION ALL
SELECT scenario, 'skipped', reason, sum(n) FROM au_skipped GROUP BY ALL HAVING sum(n) > 0
