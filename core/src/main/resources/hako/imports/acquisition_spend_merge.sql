-- Replaces the spend of every month and channel the files name; other months stay.
DELETE FROM acquisition_spend WHERE (month, channel) IN (SELECT (month, channel) FROM hako_acquisition_spend_new);

INSERT INTO acquisition_spend
SELECT month, channel, amount, getvariable('hako_import_id') FROM hako_acquisition_spend_new;
