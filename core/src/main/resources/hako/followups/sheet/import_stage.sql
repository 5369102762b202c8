-- The task ids a sheet names, appended by SheetImport before it reads those tasks.
CREATE OR REPLACE TEMP TABLE sheet_tasks (task_id BIGINT);
