SELECT value, standard_error FROM clv_parameters WHERE model = ? ORDER BY position
