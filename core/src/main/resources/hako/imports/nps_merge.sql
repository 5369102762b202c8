-- Replaces the answers of every customer and day the files name; other answers stay.
DELETE FROM nps_responses
WHERE (customer_id, responded_on) IN (SELECT (customer_id, responded_on) FROM hako_nps_new);

INSERT INTO nps_responses
SELECT customer_id, responded_on, score, comment, getvariable('hako_import_id') FROM hako_nps_new;
