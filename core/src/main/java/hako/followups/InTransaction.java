package hako.followups;

import java.sql.Connection;
import java.sql.SQLException;

/** Runs work in one transaction: all of it is committed, or none of it on any failure. */
final class InTransaction {

    @FunctionalInterface
    interface Work<T> {
        T run() throws SQLException;
    }

    private InTransaction() {
    }

    static <T> T run(Connection c, Work<T> work) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            T result = work.run();
            c.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }
}
