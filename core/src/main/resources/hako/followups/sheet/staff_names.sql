-- The names the staff drop-down offers: the web app's users and every staff name already used.
SELECT DISTINCT name FROM (
    SELECT username AS name FROM users WHERE enabled
    UNION ALL SELECT staff FROM followup_tasks
    UNION ALL SELECT staff FROM contacts
    UNION ALL SELECT staff FROM customer_staff
) WHERE name IS NOT NULL AND trim(name) <> ''
ORDER BY name
