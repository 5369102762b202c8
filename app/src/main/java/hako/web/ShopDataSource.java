package hako.web;

import hako.store.ShopDatabase;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The shop database as a JDBC data source: the file is opened once (DuckDB allows one process per
 * file), and every connection handed out is another connection to it, with Hako's macros defined.
 * A pool sits in front of it.
 */
final class ShopDataSource implements DataSource, AutoCloseable {

    private final Connection opened;

    ShopDataSource(Path file) throws SQLException {
        this.opened = ShopDatabase.open(file);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return ShopDatabase.another(opened);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }

    @Override
    public void close() throws SQLException {
        opened.close();
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
    }

    @Override
    public void setLoginTimeout(int seconds) {
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return false;
    }
}
