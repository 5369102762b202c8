SELECT scenario, enabled, changed_at, changed_by FROM automation_scenarios
