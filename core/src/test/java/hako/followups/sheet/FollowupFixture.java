package hako.followups.sheet;

import hako.store.ShopDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A shop with one plan and six tasks written row by row (generation lives elsewhere), small enough
 * to know every cell of the December 2026 sheet by hand:
 * <pre>
 * task customer step channel due         state
 *  1   C1       1    email   2026-12-01  open
 *  2   C1       2    phone   2026-12-16  open
 *  3   C2       1    email   2026-12-01  dropped (no_consent)
 *  4   C2       3    dm      2026-12-31  ticked 済 by 佐藤 on 2026-12-05
 *  5   C3       1    email   2027-01-01  open (after December)
 *  6   C3       2    phone   2026-11-30  open (before December)
 * </pre>
 */
final class FollowupFixture {

    private FollowupFixture() {
    }

    static Connection shop() throws SQLException {
        Connection db = ShopDatabase.inMemory();
        try (Statement s = db.createStatement()) {
            s.execute("INSERT INTO followup_plans VALUES ('multi', 'Multi-buyers R30/45/55', 'cluster:two_three',"
                    + " true, 'admin', TIMESTAMP '2026-11-01 09:00:00')");
            s.execute("INSERT INTO followup_steps VALUES ('multi', 1, 'recency', 30, 'email', 'Thank-you mail'),"
                    + " ('multi', 2, 'recency', 45, 'phone', 'Call, ask how it went'),"
                    + " ('multi', 3, 'recency', 55, 'dm', 'Postcard, 10% off')");
            s.execute("INSERT INTO customers (customer_id, name, email, phone, postal_code, address, line_user_id,"
                    + " import_id) VALUES"
                    + " ('C1', '佐藤 花子', 'hanako@example.jp', '090-1111-2222', '150-0001', '東京都渋谷区神宮前1-1, 101',"
                    + " 'U1', 1),"
                    + " ('C2', '鈴木 一郎', 'ichiro@example.jp', NULL, '530-0001', '大阪府大阪市北区梅田1-1', NULL, 1),"
                    + " ('C3', 'Ann Lee', NULL, '03-0000-0000', NULL, NULL, 'U3', 1)");
            s.execute("INSERT INTO followup_tasks (task_id, plan_id, step_no, customer_id, channel, anchor_date,"
                    + " due_date, generated_at, dropped_reason, outcome, staff, note, ticked_by, ticked_at) VALUES"
                    + " (1, 'multi', 1, 'C1', 'email', DATE '2026-11-01', DATE '2026-12-01', now(), NULL, NULL,"
                    + "  NULL, NULL, NULL, NULL),"
                    + " (2, 'multi', 2, 'C1', 'phone', DATE '2026-11-01', DATE '2026-12-16', now(), NULL, NULL,"
                    + "  NULL, NULL, NULL, NULL),"
                    + " (3, 'multi', 1, 'C2', 'email', DATE '2026-11-01', DATE '2026-12-01', now(), 'no_consent',"
                    + "  NULL, NULL, NULL, NULL, NULL),"
                    + " (4, 'multi', 3, 'C2', 'dm', DATE '2026-11-06', DATE '2026-12-31', now(), NULL, 'done',"
                    + "  '佐藤', 'sent', 'admin', TIMESTAMP '2026-12-05 10:00:00'),"
                    + " (5, 'multi', 1, 'C3', 'email', DATE '2026-12-02', DATE '2027-01-01', now(), NULL, NULL,"
                    + "  NULL, NULL, NULL, NULL),"
                    + " (6, 'multi', 2, 'C3', 'phone', DATE '2026-10-16', DATE '2026-11-30', now(), NULL, NULL,"
                    + "  NULL, NULL, NULL, NULL)");
            s.execute("INSERT INTO contacts VALUES ('C2', DATE '2026-12-05', 'dm', 'done', '佐藤', 'sent', 4, 'admin',"
                    + " TIMESTAMP '2026-12-05 10:00:00')");
            s.execute("INSERT INTO users VALUES ('tanaka', 'x', 'marketer', true, TIMESTAMP '2026-01-01 00:00:00'),"
                    + " ('old', 'x', 'viewer', false, TIMESTAMP '2026-01-01 00:00:00')");
        }
        return db;
    }

    static String one(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }
}
