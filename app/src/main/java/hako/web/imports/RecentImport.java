package hako.web.imports;

import hako.store.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** One earlier import, as the upload page lists it. */
public record RecentImport(long id, String kind, String files, long rows, long records, LocalDateTime at) {

    /** The kinds of file imported: orders, customers, products. */
    public List<String> kinds() {
        return List.of(kind.split(","));
    }

    static List<RecentImport> latest(Connection c, int limit) throws SQLException {
        List<RecentImport> result = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(Sql.load(RecentImport.class, "recent.sql"))) {
            p.setInt(1, limit);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    result.add(new RecentImport(r.getLong(1), r.getString(2), r.getString(3), r.getLong(4),
                            r.getLong(5), r.getTimestamp(6).toLocalDateTime()));
                }
            }
        }
        return result;
    }
}
