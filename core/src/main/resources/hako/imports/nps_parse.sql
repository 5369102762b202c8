-- One file's NPS answers, parsed, straight from the CSV reader (view hako_nps_src).
SELECT
    file_no,
    hako_customer_key(customer_id) AS customer_id,
    responded_on AS responded_on_text,
    CAST(hako_timestamp(responded_on, getvariable('hako_zone')) AS DATE) AS responded_on,
    score AS score_text,
    CASE WHEN regexp_full_match(hako_text(score), '\d{1,2}') THEN CAST(hako_text(score) AS INTEGER) END AS score,
    nullif(trim(comment), '') AS comment,
    coalesce(customer_id, responded_on, score, comment) IS NULL AS blank
FROM hako_nps_src
