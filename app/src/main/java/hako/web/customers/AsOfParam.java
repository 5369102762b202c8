package hako.web.customers;

import hako.customers.AsOfDate;
import hako.web.ShopState;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import org.springframework.context.support.MessageSourceAccessor;

/** The {@code asOf} parameter of the customer pages: any date form the importer reads, or the latest order date. */
final class AsOfParam {

    private AsOfParam() {
    }

    static LocalDate read(Connection c, String asked, ShopState shop, MessageSourceAccessor text)
            throws SQLException {
        if (FilterParams.blank(asked)) {
            return shop.asOf(null);
        }
        try {
            return AsOfDate.parse(c, asked.strip(), shop.settings().zone());
        } catch (IllegalArgumentException | SQLException e) {
            throw new IllegalArgumentException(text.getMessage("customers.bad.asof",
                    new Object[] {FilterParams.shown(asked)}), e);
        }
    }
}
