package hako.imports;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** Customers or products masters: upserted by key, the last row of a key winning. */
final class MasterImport extends KindImport {

    MasterImport(Connection c, ImportKind kind, List<Integer> fileNos, List<Source> sources) {
        super(c, kind, fileNos, sources);
    }

    @Override
    ImportReport.KindSummary summary(ResultSet r) throws SQLException {
        return new ImportReport.MasterSummary(kind, r.getLong("records"), r.getLong("replaced"), r.getLong("repeated"),
                r.getLong("blank_lines"));
    }
}
