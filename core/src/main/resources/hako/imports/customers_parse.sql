-- One file's customers rows, parsed, straight from the CSV reader (view hako_customers_src).
SELECT
    file_no,
    hako_customer_key(customer_id) AS customer_id,
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
    hako_customer_key(referred_by) AS referred_by,
    coalesce(customer_id, email, name, last_name, first_name, phone, postal_code, prefecture, city, address, address2, line_user_id, consent_email, consent_line, consent_dm, consent_phone, referred_by) IS NULL AS blank
FROM hako_customers_src
