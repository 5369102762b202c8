-- How many customers each enabled plan targets (fu_targeted) and how many of them meet the 3-3-2 rule
-- over their contacts from the contact day − window to the contact day, both included; the last row
-- (plan_id NULL) counts distinct customers over all plans. Every contact in that span is within one
-- window, so the rule is the count and the distinct channels of the span. Parameters: contact day,
-- window days, contact day, contacts, channels.
WITH log AS (
    SELECT customer_id, count(*) AS contacts, count(DISTINCT channel) AS channels
    FROM contacts
    WHERE contacted_on BETWEEN CAST(? AS DATE) - CAST(? AS INTEGER) AND CAST(? AS DATE)
    GROUP BY ALL
),
targeted AS (
    SELECT g.plan_id, g.customer_id, coalesce(l.contacts >= ? AND l.channels >= ?, FALSE) AS meets
    FROM fu_targeted g
    LEFT JOIN log l USING (customer_id)
)
SELECT plan_id, count(DISTINCT customer_id) AS targeted, count(DISTINCT customer_id) FILTER (WHERE meets) AS meeting
FROM targeted
GROUP BY GROUPING SETS ((plan_id), ())
ORDER BY plan_id NULLS LAST
