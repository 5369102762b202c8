package hako.clv;

import java.sql.Connection;
import java.sql.SQLException;

/** Runs a piece of work in one transaction: all of it is stored, or on any failure none of it. */
final class Transaction {

    /** Work on the connection. */
    @FunctionalInterface
    interface Work {
        void run() throws SQLException;
    }

    private Transaction() {
    }

    static void run(Connection c, Work work) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            work.run();
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }
}
