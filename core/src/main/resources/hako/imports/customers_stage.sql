-- Customer master rows of this import, parsed. Input: the view hako_customers_src.
CREATE OR REPLACE TEMP TABLE hako_customers_staged AS
SELECT
    file_no,
    line,
    CASE WHEN contains(customer_id, '@') THEN lower(trim(customer_id)) ELSE nullif(trim(customer_id), '') END AS customer_id,
    nullif(lower(trim(email)), '') AS email,
    coalesce(nullif(trim(name), ''),
             nullif(trim(concat_ws(' ', nullif(trim(last_name), ''), nullif(trim(first_name), ''))), '')) AS name,
    nullif(trim(phone), '') AS phone,
    nullif(trim(postal_code), '') AS postal_code,
    nullif(trim(concat_ws(' ', nullif(trim(prefecture), ''), nullif(trim(city), ''), nullif(trim(address), ''),
                          nullif(trim(address2), ''))), '') AS address,
    nullif(trim(line_user_id), '') AS line_user_id,
    consent_email AS consent_email_text,
    hako_flag(consent_email) AS consent_email,
    consent_line AS consent_line_text,
    hako_flag(consent_line) AS consent_line,
    consent_dm AS consent_dm_text,
    hako_flag(consent_dm) AS consent_dm,
    consent_phone AS consent_phone_text,
    hako_flag(consent_phone) AS consent_phone,
    CASE WHEN contains(referred_by, '@') THEN lower(trim(referred_by)) ELSE nullif(trim(referred_by), '') END AS referred_by
FROM hako_customers_src;

-- The last row for each customer id wins (a later file, or a later line of the same file).
CREATE OR REPLACE TEMP TABLE hako_customers_new AS
SELECT * EXCLUDE (rn) FROM (
    SELECT *, row_number() OVER (PARTITION BY customer_id ORDER BY file_no DESC, line DESC) AS rn
    FROM hako_customers_staged WHERE customer_id IS NOT NULL)
WHERE rn = 1;
