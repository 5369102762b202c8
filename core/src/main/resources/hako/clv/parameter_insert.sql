INSERT INTO clv_parameters VALUES (?, ?, ?, ?, ?)
