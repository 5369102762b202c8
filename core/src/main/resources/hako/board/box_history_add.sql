INSERT INTO board_box_history (stage, element, text, changed_by, changed_at, previous_text) VALUES (?, ?, ?, ?, ?, ?)
