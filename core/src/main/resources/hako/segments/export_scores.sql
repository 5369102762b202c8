-- The CLV columns of the customer list's CSV, appended to export_columns.sql (s: members_scored.sql; all
-- NULL, empty cells, for a customer without scores): probabilities and expectations with four decimals
-- rounded half up, money with two, the churn risk's label.
, hako_export_fixed4(s.p_alive), hako_export_fixed4(s.expected_30), hako_export_fixed4(s.expected_90),
  hako_export_fixed4(s.expected_365), s.next_order_date, CAST(s.expected_aov AS VARCHAR),
  CAST(s.clv_365 AS VARCHAR), hako_export_label('clv.risk.' || s.churn_risk)
