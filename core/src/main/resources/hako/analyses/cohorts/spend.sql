-- Acquisition spend per month and channel, up to the as-of month.
SELECT month, channel, amount
FROM acquisition_spend
WHERE month <= getvariable('hako_analysis_as_of')
ORDER BY month, channel;
