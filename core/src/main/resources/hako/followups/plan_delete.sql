-- Removes one plan and its steps (parameter: plan id, twice). Its tasks stay, as history.
DELETE FROM followup_steps WHERE plan_id = ?;

DELETE FROM followup_plans WHERE plan_id = ?;
