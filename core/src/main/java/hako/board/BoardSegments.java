package hako.board;

import hako.analyses.groups.CustomerGroup;
import hako.clv.ChurnRisk;
import hako.customers.Cluster;
import hako.customers.Stage;
import hako.segments.ClvCondition;
import hako.segments.Segment;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;

/**
 * The live segment behind each stage's segment box. Until someone defines one, a stage's segment
 * is every customer in that stage. A box's segment may be narrowed to an analysis group (behaviour or
 * NPS loyalty); a cohort month is not kept (the board's segments are not tied to one month).
 */
public final class BoardSegments {

    private BoardSegments() {
    }

    public static Segment of(Connection c, Stage stage) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "SELECT cluster, tier, f_min, f_max, r_min, r_max, grp, churn_risk, alive_min, alive_max, clv_min,"
                        + " clv_max FROM board_segments WHERE stage = ?")) {
            p.setString(1, stage.key());
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) {
                    return Segment.ofStage(stage);
                }
                return new Segment(stage, cluster(r.getString(1)), cluster(r.getString(2)), r.getObject(3, Long.class),
                        r.getObject(4, Long.class), r.getObject(5, Long.class), r.getObject(6, Long.class),
                        r.getString(7) == null ? null : CustomerGroup.ofKey(r.getString(7)), null,
                        new ClvCondition(r.getString(8) == null ? null : ChurnRisk.ofKey(r.getString(8)),
                                r.getObject(9, Long.class), r.getObject(10, Long.class), r.getObject(11, Long.class),
                                r.getObject(12, Long.class)));
            }
        }
    }

    /** Saves the segment of {@code stage}; its own stage part is always that stage. */
    public static void save(Connection c, Stage stage, Segment segment, String user) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "INSERT OR REPLACE INTO board_segments (stage, cluster, tier, f_min, f_max, r_min, r_max, updated_by,"
                        + " updated_at, grp, churn_risk, alive_min, alive_max, clv_min, clv_max)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            p.setString(1, stage.key());
            p.setString(2, segment.cluster() == null ? null : segment.cluster().key());
            p.setString(3, segment.tier() == null ? null : segment.tier().key());
            setLong(p, 4, segment.fMin());
            setLong(p, 5, segment.fMax());
            setLong(p, 6, segment.rMin());
            setLong(p, 7, segment.rMax());
            p.setString(8, user);
            p.setObject(9, LocalDateTime.now());
            p.setString(10, segment.group() == null ? null : segment.group().key());
            ClvCondition clv = segment.clv();
            p.setString(11, clv.risk() == null ? null : clv.risk().key());
            setLong(p, 12, clv.aliveMin());
            setLong(p, 13, clv.aliveMax());
            setLong(p, 14, clv.clvMin());
            setLong(p, 15, clv.clvMax());
            p.executeUpdate();
        }
    }

    private static void setLong(PreparedStatement p, int i, Long value) throws SQLException {
        if (value == null) {
            p.setNull(i, Types.BIGINT);
        } else {
            p.setLong(i, value);
        }
    }

    private static Cluster cluster(String key) {
        return key == null ? null : Cluster.ofKey(key);
    }
}
