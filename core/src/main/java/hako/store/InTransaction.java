package hako.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Runs work in one transaction: all of it is committed, or none of it on any failure. */
public final class InTransaction {

    /** Work that returns a result. */
    @FunctionalInterface
    public interface Work<T> {
        T run() throws SQLException;
    }

    /** Work that only writes. */
    @FunctionalInterface
    public interface Writes {
        void run() throws SQLException;
    }

    private InTransaction() {
    }

    /** Runs {@code work} in one transaction and returns its result. */
    public static <T> T get(Connection c, Work<T> work) throws SQLException {
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

    /** Runs {@code writes} in one transaction. */
    public static void run(Connection c, Writes writes) throws SQLException {
        get(c, () -> {
            writes.run();
            return null;
        });
    }
}
