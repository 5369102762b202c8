-- Generates the tasks due from hako_fu_from to hako_fu_to (both included) and drops the open tasks
-- that are not to be done. Variables: hako_fu_from, hako_fu_to, hako_fu_now (this generation's time).
-- Reads fu_targeted (targeted.sql), fu_plan_steps and fu_run_outs (run_outs.sql).

-- Every step falling due in the range: recency steps count from the last purchase, since_first steps
-- from the first, run_out steps from each usage-cycle product's run-out date.
CREATE OR REPLACE TEMP TABLE fu_candidates AS
SELECT *, anchor_date + trigger_days AS due_date
FROM (
    SELECT g.plan_id, s.step_no, g.customer_id, s.channel, s.trigger_days,
           CASE s.trigger_kind WHEN 'recency' THEN g.last_purchase ELSE g.first_purchase END AS anchor_date,
           CAST(NULL AS VARCHAR) AS product_code
    FROM fu_targeted g
    JOIN fu_plan_steps s USING (plan_id)
    WHERE s.trigger_kind IN ('recency', 'since_first')
    UNION ALL
    SELECT g.plan_id, s.step_no, g.customer_id, s.channel, s.trigger_days, r.run_out, r.product_code
    FROM fu_targeted g
    JOIN fu_plan_steps s USING (plan_id)
    JOIN fu_run_outs r USING (customer_id)
    WHERE s.trigger_kind = 'run_out' AND r.run_out IS NOT NULL
)
WHERE anchor_date + trigger_days BETWEEN getvariable('hako_fu_from') AND getvariable('hako_fu_to');

-- New tasks only: a customer gets a step once per anchor (and product), however often or over
-- whatever overlapping ranges tasks are generated. Ids continue the table's, in due date order.
INSERT INTO followup_tasks (task_id, plan_id, step_no, customer_id, channel, anchor_date, due_date, product_code,
                            generated_at)
SELECT (SELECT coalesce(max(task_id), 0) FROM followup_tasks)
           + row_number() OVER (ORDER BY c.due_date, c.plan_id, c.step_no, c.customer_id, c.product_code),
       c.plan_id, c.step_no, c.customer_id, c.channel, c.anchor_date, c.due_date, c.product_code,
       getvariable('hako_fu_now')
FROM fu_candidates c
WHERE NOT EXISTS (
    SELECT 1 FROM followup_tasks t
    WHERE t.plan_id = c.plan_id AND t.step_no = c.step_no AND t.customer_id = c.customer_id
      AND t.anchor_date = c.anchor_date AND coalesce(t.product_code, '') = coalesce(c.product_code, ''));

-- Open tasks (new or of earlier generations) that are not to be done, and why, first reason first:
-- the customer bought since the anchor (for run_out: a later purchase of the product moved its
-- run-out date), gave no consent for the channel (false; unknown is not a refusal), or has no
-- address for it. A package insert travels with the next shipment: it needs neither.
CREATE OR REPLACE TEMP TABLE fu_drops AS
SELECT task_id, new_task, reason
FROM (
    SELECT t.task_id, t.generated_at = getvariable('hako_fu_now') AS new_task,
           CASE
               WHEN CASE WHEN t.product_code IS NULL THEN lp.last_order > t.anchor_date
                         ELSE ro.latest_run_out <> t.anchor_date END THEN 'purchased_since'
               WHEN t.channel = 'package_insert' THEN NULL
               WHEN NOT coalesce(CASE t.channel WHEN 'email' THEN cu.consent_email
                                                WHEN 'ad_audience' THEN cu.consent_email
                                                WHEN 'line' THEN cu.consent_line
                                                WHEN 'dm' THEN cu.consent_dm
                                                WHEN 'phone' THEN cu.consent_phone END, TRUE) THEN 'no_consent'
               WHEN nullif(trim(CASE t.channel WHEN 'email' THEN cu.email
                                               WHEN 'ad_audience' THEN cu.email
                                               WHEN 'line' THEN cu.line_user_id
                                               WHEN 'dm' THEN cu.address
                                               WHEN 'phone' THEN cu.phone END), '') IS NULL THEN 'no_contact'
           END AS reason
    FROM followup_tasks t
    LEFT JOIN customers cu USING (customer_id)
    LEFT JOIN (SELECT customer_id, max(order_date) AS last_order
               FROM orders
               WHERE NOT cancelled AND amount > 0 AND customer_id IS NOT NULL
               GROUP BY ALL) lp USING (customer_id)
    LEFT JOIN fu_run_outs ro ON ro.customer_id = t.customer_id AND ro.product_code = t.product_code
    WHERE t.dropped_reason IS NULL AND t.outcome IS NULL
)
WHERE reason IS NOT NULL;

UPDATE followup_tasks t
SET dropped_reason = d.reason
FROM fu_drops d
WHERE t.task_id = d.task_id;
