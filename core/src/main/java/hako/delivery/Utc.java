package hako.delivery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Instants as the delivery tables keep them: TIMESTAMP columns holding UTC. */
final class Utc {

    private Utc() {
    }

    static LocalDateTime of(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static void set(java.sql.PreparedStatement p, int index, Instant instant) throws SQLException {
        if (instant == null) {
            p.setNull(index, java.sql.Types.TIMESTAMP);
        } else {
            p.setObject(index, of(instant));
        }
    }

    static Instant read(ResultSet r, String column) throws SQLException {
        LocalDateTime t = r.getObject(column, LocalDateTime.class);
        return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }
}
