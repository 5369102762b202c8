-- The retargeting audience, after interest.sql (audience window, clear until now): customers with
-- browse interest who agreed to email and have an address, their email normalised the way the
-- platform asks (trimmed, lower-case; for Google, dots before @gmail.com / @googlemail.com removed) and
-- hashed with SHA-256 (hex). Parameter: the format's Google-ness (true/false).
WITH normalised AS (
    SELECT DISTINCT lower(trim(c.email)) AS email
    FROM customers c
    WHERE c.consent_email AND c.email IS NOT NULL AND trim(c.email) <> ''
      AND c.customer_id IN (SELECT customer_id FROM au_interest WHERE customer_id IS NOT NULL)
)
SELECT DISTINCT sha256(CASE WHEN ? AND split_part(email, '@', 2) IN ('gmail.com', 'googlemail.com')
                            THEN replace(split_part(email, '@', 1), '.', '') || '@' || split_part(email, '@', 2)
                            ELSE email END) AS hashed
FROM normalised
ORDER BY hashed
