package hako.board;

import hako.customers.Stage;
import hako.store.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The text of the 20 boxes, saved with the history of every change. */
public final class BoardPlan {

    /** The longest text a box takes: a plan on a page, not a document. */
    public static final int MAX_TEXT = 2_000;

    private BoardPlan() {
    }

    /** Every box, empty ones included, by stage and element in board order. */
    public static Map<Stage, Map<Element, Box>> boxes(Connection c) throws SQLException {
        Map<Stage, Map<Element, Box>> boxes = new EnumMap<>(Stage.class);
        for (Stage s : Stage.values()) {
            Map<Element, Box> row = new EnumMap<>(Element.class);
            for (Element e : Element.values()) {
                row.put(e, Box.empty(s, e));
            }
            boxes.put(s, row);
        }
        try (PreparedStatement p = c.prepareStatement("SELECT stage, element, text, updated_by, updated_at FROM board_boxes");
             ResultSet r = p.executeQuery()) {
            while (r.next()) {
                Box box = new Box(Stage.ofKey(r.getString(1)), Element.ofKey(r.getString(2)), r.getString(3),
                        r.getString(4), r.getObject(5, LocalDateTime.class));
                boxes.get(box.stage()).put(box.element(), box);
            }
        }
        return boxes;
    }

    public static Box box(Connection c, Stage stage, Element element) throws SQLException {
        return boxes(c).get(stage).get(element);
    }

    /**
     * Saves {@code text} as the box's plan and records the change with the previous text. Saving the
     * text the box already has records nothing.
     *
     * @return whether the text changed
     */
    public static boolean save(Connection c, Stage stage, Element element, String text, String user)
            throws SQLException {
        String plan = text == null ? "" : text.strip().replace("\r\n", "\n");
        if (plan.length() > MAX_TEXT) {
            throw new IllegalArgumentException("a box holds at most " + MAX_TEXT + " characters, this text has "
                    + plan.length());
        }
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            String previous = box(c, stage, element).text();
            if (previous.equals(plan)) {
                c.rollback();
                return false;
            }
            LocalDateTime now = LocalDateTime.now();
            for (String script : List.of("box_save.sql", "box_history_add.sql")) {
                try (PreparedStatement p = c.prepareStatement(Sql.load(BoardPlan.class, script))) {
                    p.setString(1, stage.key());
                    p.setString(2, element.key());
                    p.setString(3, plan);
                    p.setString(4, user);
                    p.setObject(5, now);
                    if (script.startsWith("box_history")) {
                        p.setString(6, previous);
                    }
                    p.executeUpdate();
                }
            }
            c.commit();
            return true;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    /** The box's changes, newest first, at most {@code limit}. */
    public static List<BoxChange> history(Connection c, Stage stage, Element element, int limit) throws SQLException {
        List<BoxChange> changes = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(Sql.load(BoardPlan.class, "box_history.sql"))) {
            p.setString(1, stage.key());
            p.setString(2, element.key());
            p.setInt(3, limit);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    changes.add(new BoxChange(stage, element, r.getString("text"), r.getString("previous_text"),
                            r.getString("changed_by"), r.getObject("changed_at", LocalDateTime.class)));
                }
            }
        }
        return changes;
    }
}
