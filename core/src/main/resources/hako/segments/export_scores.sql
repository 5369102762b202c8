-- The CLV columns of the customer list's CSV, appended to export_columns.sql (the snapshot m keeps a copy of
-- the scores, V17__snapshot_scores.sql; all NULL, empty cells, for a customer without scores): probabilities and expectations with four decimals
-- rounded half up, money with two, the churn risk's label.
, hako_export_fixed4(m.p_alive), hako_export_fixed4(m.expected_30), hako_export_fixed4(m.expected_90),
  hako_export_fixed4(m.expected_365), m.next_order_date, CAST(m.expected_aov AS VARCHAR),
  CAST(m.clv_365 AS VARCHAR), hako_export_label('clv.risk.' || m.churn_risk)
