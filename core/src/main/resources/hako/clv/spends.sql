-- The repeat customers' spend: the Gamma-Gamma model's input.
SELECT spend_days, zbar
FROM hako_clv_summary
WHERE spend_days > 0
ORDER BY spend_days
