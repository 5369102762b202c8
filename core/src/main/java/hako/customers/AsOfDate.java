package hako.customers;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;

/** The as-of date (データ抽出日): read like any date in an export, or the latest order date. */
public final class AsOfDate {

    private AsOfDate() {
    }

    /** Reads {@code text} in every form the importer accepts (ISO, slashed, 2022年11月30日, R4.11.30, 令和4年11月30日). */
    public static LocalDate parse(Connection c, String text, ZoneId zone) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT CAST(hako_timestamp(?, ?) AS DATE)")) {
            p.setString(1, text);
            p.setString(2, zone.getId());
            try (ResultSet r = p.executeQuery()) {
                r.next();
                LocalDate date = r.getObject(1, LocalDate.class);
                if (date == null) {
                    throw new IllegalArgumentException("cannot read \"" + text + "\" as a date; write it as 2022-11-30,"
                            + " 2022/11/30, 2022年11月30日, R4.11.30 or 令和4年11月30日");
                }
                return date;
            }
        }
    }

    /** The latest order date in the data, the default as-of date. */
    public static LocalDate latestOrderDate(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT max(order_date) FROM orders");
             ResultSet r = p.executeQuery()) {
            r.next();
            LocalDate date = r.getObject(1, LocalDate.class);
            if (date == null) {
                throw new IllegalStateException("no orders yet: import an order export first (hako import --db … orders.csv)");
            }
            return date;
        }
    }
}
