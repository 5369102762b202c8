SELECT date_trunc('month', responded_on), count(*) FILTER (WHERE score >= 9), count(*) FILTER (WHERE score <= 6), count(*)
FROM nps_responses WHERE responded_on <= ? GROUP BY ALL
