-- Whether a customer id is in the customers master or on an order (parameter: the id, twice).
SELECT EXISTS (SELECT 1 FROM customers WHERE customer_id = ?) OR EXISTS (SELECT 1 FROM orders WHERE customer_id = ?)
