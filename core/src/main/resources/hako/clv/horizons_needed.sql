SELECT DISTINCT x, t_days FROM hako_clv_summary
