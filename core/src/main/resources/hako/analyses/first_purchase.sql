SELECT min(order_date) FROM hako_bought(getvariable('hako_analysis_as_of'));
