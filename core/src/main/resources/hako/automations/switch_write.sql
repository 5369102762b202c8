INSERT OR REPLACE INTO automation_scenarios VALUES (?, ?, ?, ?)
