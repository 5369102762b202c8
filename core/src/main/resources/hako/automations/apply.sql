-- Writes what this evaluation decided and cancelled. Deciding again adds nothing: a decision already
-- stored (same customer, scenario, trigger key and step) is left out, and a cancelled trigger stays as it was.
INSERT INTO automation_triggers
SELECT n.scenario || ':' || n.customer_id || ':' || n.trigger_key || ':' || n.step, n.scenario, n.customer_id,
       n.trigger_key, n.step, getvariable('au_now'), n.due_at, n.items, n.link, NULL, NULL
FROM au_new n
WHERE NOT EXISTS (SELECT 1 FROM automation_triggers t
                  WHERE t.customer_id = n.customer_id AND t.scenario = n.scenario AND t.trigger_key = n.trigger_key
                    AND t.step = n.step);

UPDATE automation_triggers t
SET cancelled_at = getvariable('au_now'), cancel_reason = c.reason
FROM au_cancel c
WHERE t.trigger_id = c.trigger_id AND t.cancelled_at IS NULL;

-- The watermark the next evaluation starts from.
INSERT INTO automation_runs
SELECT getvariable('au_now'), getvariable('au_on'), (SELECT count(*) FROM au_new), (SELECT count(*) FROM au_cancel);
