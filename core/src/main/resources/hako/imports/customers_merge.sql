-- Upserts customers: columns the files had replace the stored values; columns they lacked keep them.
-- hako_mapped lists the fields the import's files mapped.
CREATE OR REPLACE TEMP TABLE hako_customers_merged AS
SELECT
    n.customer_id,
    CASE WHEN list_contains(getvariable('hako_mapped'), 'email') THEN n.email ELSE o.email END,
    CASE WHEN list_has_any(getvariable('hako_mapped'), ['name', 'last_name', 'first_name']) THEN n.name ELSE o.name END,
    CASE WHEN list_contains(getvariable('hako_mapped'), 'phone') THEN n.phone ELSE o.phone END,
    CASE WHEN list_contains(getvariable('hako_mapped'), 'postal_code') THEN n.postal_code ELSE o.postal_code END,
    CASE WHEN list_has_any(getvariable('hako_mapped'), ['prefecture', 'city', 'address', 'address2']) THEN n.address ELSE o.address END,
    CASE WHEN list_contains(getvariable('hako_mapped'), 'line_user_id') THEN n.line_user_id ELSE o.line_user_id END,
    CASE WHEN list_contains(getvariable('hako_mapped'), 'consent_email') THEN n.consent_email ELSE o.consent_email END,
    CASE WHEN list_contains(getvariable('hako_mapped'), 'consent_line') THEN n.consent_line ELSE o.consent_line END,
    CASE WHEN list_contains(getvariable('hako_mapped'), 'consent_dm') THEN n.consent_dm ELSE o.consent_dm END,
    CASE WHEN list_contains(getvariable('hako_mapped'), 'consent_phone') THEN n.consent_phone ELSE o.consent_phone END,
    CASE WHEN list_contains(getvariable('hako_mapped'), 'referred_by') THEN n.referred_by ELSE o.referred_by END,
    getvariable('hako_import_id')
FROM hako_customers_new n LEFT JOIN customers o USING (customer_id);

DELETE FROM customers WHERE customer_id IN (SELECT customer_id FROM hako_customers_new);

INSERT INTO customers SELECT * FROM hako_customers_merged;
