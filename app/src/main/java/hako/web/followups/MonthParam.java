package hako.web.followups;

import hako.web.ShopState;
import java.sql.SQLException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** The {@code month} parameter of the follow-up pages: 2026-12, by default the as-of date's month. */
final class MonthParam {

    private MonthParam() {
    }

    static YearMonth of(String text, ShopState shop) throws SQLException {
        if (text == null || text.isBlank()) {
            return YearMonth.from(shop.asOf(null));
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("month \"" + text + "\" is not a month like 2026-12", e);
        }
    }
}
