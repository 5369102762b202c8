-- Every plan with its steps, in plan id and step order (a plan appears once per step).
SELECT p.plan_id, p.name, p.target, p.enabled, s.step_no, s.trigger_kind, s.trigger_days, s.channel, s.message
FROM followup_plans p
JOIN followup_steps s USING (plan_id)
ORDER BY p.plan_id, s.step_no
