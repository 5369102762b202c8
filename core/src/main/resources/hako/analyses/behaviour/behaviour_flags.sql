-- Per customer with a purchase at as-of: M and one flag per behaviour (BehaviourRules; variables
-- hako_heavy_orders, hako_heavy_window, hako_seasonal_percent, hako_seasonal_years, hako_bulk_items),
-- from the facts (AnalysisFacts): F, the peak calendar month's purchases and years (most purchases,
-- ties: the earlier month), units per order with product lines, and the latest purchase dates newest
-- first, so that a heavy user's Nth latest purchase falls inside the window.
CREATE OR REPLACE TEMP TABLE hako_behaviour_flags AS
SELECT customer_id, m,
       coalesce(recent[getvariable('hako_heavy_orders')]
                > getvariable('hako_analysis_as_of') - getvariable('hako_heavy_window'), false) AS heavy,
       f = 1 AS one_time,
       f >= 2 AND peak_years >= getvariable('hako_seasonal_years')
           AND peak_orders * 100 >= getvariable('hako_seasonal_percent') * f AS seasonal,
       coalesce(units_per_order >= getvariable('hako_bulk_items'), false) AS bulk
FROM hako_facts_customers;
