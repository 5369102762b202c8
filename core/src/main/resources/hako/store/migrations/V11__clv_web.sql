-- The board's live segments may select by the CLV scores too (hako.segments.ClvCondition): a churn-risk band,
-- a P(alive) range in percent and a range of the predicted 365-day CLV. NULL = any.
ALTER TABLE board_segments ADD COLUMN churn_risk VARCHAR;
ALTER TABLE board_segments ADD COLUMN alive_min BIGINT;
ALTER TABLE board_segments ADD COLUMN alive_max BIGINT;
ALTER TABLE board_segments ADD COLUMN clv_min BIGINT;
ALTER TABLE board_segments ADD COLUMN clv_max BIGINT;
