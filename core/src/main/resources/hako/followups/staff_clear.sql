DELETE FROM customer_staff WHERE customer_id = ?
