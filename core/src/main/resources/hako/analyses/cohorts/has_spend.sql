SELECT EXISTS (SELECT 1 FROM acquisition_spend)
