SELECT fitted_at, data_version, calibration_end, holdout_end, zero_orders, customers, repeaters, patterns,
       bgnbd_ll, spend_customers, spend_ll
FROM clv_fit
