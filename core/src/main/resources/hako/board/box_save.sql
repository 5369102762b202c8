INSERT OR REPLACE INTO board_boxes (stage, element, text, updated_by, updated_at) VALUES (?, ?, ?, ?, ?)
