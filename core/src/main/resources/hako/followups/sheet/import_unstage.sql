DROP TABLE IF EXISTS sheet_tasks;
