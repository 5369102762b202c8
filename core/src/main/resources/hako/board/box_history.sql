SELECT text, previous_text, changed_by, changed_at
FROM board_box_history
WHERE stage = ? AND element = ?
ORDER BY changed_at DESC
LIMIT ?
