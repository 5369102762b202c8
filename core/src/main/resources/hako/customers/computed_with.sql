-- The as-of date and rules of the metrics last computed on this connection (NULL before any).
SELECT getvariable('hako_as_of') AS as_of,
       getvariable('hako_acquisition_days') AS acquisition_days,
       getvariable('hako_churn_days') AS churn_days,
       getvariable('hako_dormant_days') AS dormant_days,
       getvariable('hako_retention_orders') AS retention_orders,
       getvariable('hako_top1') AS top1,
       getvariable('hako_top10') AS top10,
       getvariable('hako_top20') AS top20,
       getvariable('hako_f2_window') AS f2_window
