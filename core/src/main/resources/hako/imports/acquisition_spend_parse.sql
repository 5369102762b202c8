-- One file's acquisition spend rows, parsed, straight from the CSV reader (view hako_acquisition_spend_src).
SELECT
    file_no,
    month AS month_text,
    hako_month(month) AS month,
    coalesce(nullif(trim(channel), ''), '') AS channel,
    spend AS spend_text,
    CAST(hako_amount(spend) AS DECIMAL(18, 2)) AS amount,
    coalesce(month, spend, channel) IS NULL AS blank
FROM hako_acquisition_spend_src
