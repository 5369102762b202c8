INSERT INTO fu_plan_targets VALUES (?, string_split(?, ','), string_split(?, ','), ?, ?, ?, ?, ?, ?,
                                   string_split(?, ','), string_split(?, ','), ?, ?, ?, ?)
