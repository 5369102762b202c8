package hako.web.board;

import hako.board.BoardPlan;
import hako.board.BoardSegments;
import hako.board.Box;
import hako.board.Element;
import hako.customers.Stage;
import hako.segments.Segment;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * The 20 boxes and the four live segments, read from the database once and kept until one is saved
 * through here: the board shows all of them on every view, and they change only when someone
 * edits a box (the server holds its database alone).
 */
@Component
class BoardMemory {

    private final DataSource db;
    private Map<Stage, Map<Element, Box>> boxes;
    private Map<Stage, Segment> segments;

    BoardMemory(DataSource db) {
        this.db = db;
    }

    synchronized Map<Stage, Map<Element, Box>> boxes() throws SQLException {
        if (boxes == null) {
            try (Connection c = db.getConnection()) {
                boxes = BoardPlan.boxes(c);
            }
        }
        return boxes;
    }

    synchronized Map<Stage, Segment> segments() throws SQLException {
        if (segments == null) {
            Map<Stage, Segment> read = new EnumMap<>(Stage.class);
            try (Connection c = db.getConnection()) {
                for (Stage s : Stage.values()) {
                    read.put(s, BoardSegments.of(c, s));
                }
            }
            segments = read;
        }
        return segments;
    }

    /** Saves a box's text (with history) and forgets the boxes read. */
    synchronized void save(Stage stage, Element element, String text, String user) throws SQLException {
        try (Connection c = db.getConnection()) {
            BoardPlan.save(c, stage, element, text, user);
        } finally {
            boxes = null;
        }
    }

    /** Saves a stage's live segment and its box text, and forgets what was read. */
    synchronized void saveSegment(Stage stage, Segment segment, String text, String user) throws SQLException {
        try (Connection c = db.getConnection()) {
            BoardSegments.save(c, stage, segment, user);
            BoardPlan.save(c, stage, Element.SEGMENT, text, user);
        } finally {
            boxes = null;
            segments = null;
        }
    }
}
