-- The automations' own state: each scenario switched on or off by an admin at runtime (no row: on).
-- The decisions themselves are automation_triggers (V6).
CREATE TABLE automation_scenarios (
    scenario   VARCHAR NOT NULL PRIMARY KEY,  -- cart_abandonment, browse_retargeting, recommendation
    enabled    BOOLEAN NOT NULL,
    changed_at TIMESTAMP NOT NULL,            -- UTC
    changed_by VARCHAR NOT NULL
);
