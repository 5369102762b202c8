package hako.imports;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Drops what an import leaves in its connection, whatever the outcome. */
final class Temporaries {

    private static final String[] TABLES = {"hako_orders_staged", "hako_orders_new", "hako_amount_modes",
        "hako_customers_staged", "hako_customers_new", "hako_customers_merged", "hako_products_staged",
        "hako_products_new", "hako_products_merged", "hako_acquisition_spend_staged", "hako_acquisition_spend_new",
        "hako_nps_staged", "hako_nps_new"};

    private Temporaries() {
    }

    static void drop(Connection c, int files) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("RESET preserve_insertion_order");
            for (ImportKind k : ImportKind.values()) {
                s.execute("DROP VIEW IF EXISTS hako_" + k.label() + "_src");
                s.execute("DROP VIEW IF EXISTS hako_" + k.label() + "_raw");
            }
            s.execute("DROP VIEW IF EXISTS hako_orders_net");
            for (int i = 0; i < files; i++) {
                s.execute("DROP VIEW IF EXISTS hako_src_" + i);
                s.execute("DROP TABLE IF EXISTS hako_raw_" + i);
            }
            for (String t : TABLES) {
                s.execute("DROP TABLE IF EXISTS " + t);
            }
        }
    }
}
