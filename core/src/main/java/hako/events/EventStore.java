package hako.events;

import hako.store.InTransaction;
import hako.store.Sql;
import hako.store.Variables;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Stores batches of checked events in one transaction: the events (a resent id only once), the
 * visitors' links to customers, and purchases as orders. All of it is committed or none of it.
 * The usual group commit (views and carts, nothing resent) is four statements and the commit;
 * links and orders cost statements only when the events have customers or purchases.
 */
public final class EventStore {

    /** The batches' outcomes, in order, and what was committed. */
    public record Written(List<Stored> batches, EventsStored stored) {
    }

    /** The {@code files} of the imports that record purchases posted to the events API. */
    public static final String API_FILES = "POST /api/v1/events";

    private EventStore() {
    }

    /**
     * Takes every import so far into the data version ({@link hako.customers.MetricSnapshot#dataVersion}), the
     * purchases posted to the events API since the last time included: the web app does so when it refreshes
     * the shop's numbers with them.
     */
    public static void takeIn(Connection c) throws SQLException {
        Sql.run(c, EventStore.class, "take_in.sql");
    }

    /**
     * The data version of the last import that did not come from the events API (an orders, customers or events
     * file): what the events API adds since then is live purchases; 0 before any import.
     */
    public static long lastFileImport(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(Sql.load(EventStore.class, "last_file_import.sql"))) {
            p.setString(1, API_FILES);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /** Stores {@code batches} (each a request or a file) in one transaction. */
    public static Written write(Connection c, List<List<SiteEvent>> batches, Intake intake) throws SQLException {
        return InTransaction.get(c, () -> {
            Sql.run(c, EventStore.class, "intake.sql");
            int[] duplicates = new int[batches.size()];
            Appended appended = append(c, batches, duplicates);
            long resent = dropResent(c, intake, duplicates);
            boolean file = intake.file() != null;
            long importId = appended.purchases || file ? nextImportId(c) : 0;
            insertEvents(c, intake, file ? importId : null);
            if (appended.customers) {
                Sql.run(c, EventStore.class, "visitors.sql");
            }
            long orders = appended.purchases ? orders(c, intake, importId) : 0;
            List<Stored> stored = new ArrayList<>();
            long received = 0;
            for (int b = 0; b < batches.size(); b++) {
                stored.add(new Stored(batches.get(b).size(), duplicates[b]));
                received += batches.get(b).size();
            }
            long kept = appended.rows - resent;
            if (file || orders > 0) {
                recordImport(c, importId, file ? intake.file() : API_FILES, received, kept);
            }
            return new Written(stored, new EventsStored(kept, orders, file || orders > 0 ? importId : 0));
        });
    }

    /** What went into the intake: rows (resent ones within the intake left out) and what they need. */
    private record Appended(long rows, boolean customers, boolean purchases) {
    }

    private static Appended append(Connection c, List<List<SiteEvent>> batches, int[] duplicates) throws SQLException {
        int seq = 0;
        boolean customers = false;
        boolean purchases = false;
        Set<String> ids = new HashSet<>();
        try (DuckDBAppender a = c.unwrap(DuckDBConnection.class).createAppender("temp", "main", "hako_event_intake")) {
            for (int b = 0; b < batches.size(); b++) {
                for (SiteEvent e : batches.get(b)) {
                    String id = e.eventId() == null ? UUID.randomUUID().toString() : e.eventId();
                    if (!ids.add(id)) {
                        duplicates[b]++;
                        continue;
                    }
                    customers |= e.customerId() != null;
                    purchases |= e.type() == EventType.PURCHASE;
                    a.beginRow();
                    a.append(seq++);
                    a.append(b);
                    a.append(id);
                    a.append(utc(e.occurredAt()));
                    a.append(e.type().key());
                    a.append(e.visitorId());
                    a.append(e.customerId());
                    a.append(e.productCode());
                    a.append(e.productName());
                    a.append(e.price() == null ? null : e.price().setScale(2, RoundingMode.UNNECESSARY));
                    a.append(e.quantity());
                    a.append(e.orderId());
                    a.append(e.url());
                    a.endRow();
                }
            }
        }
        return new Appended(seq, customers, purchases);
    }

    /** Drops the events stored before; counts them per batch. */
    private static long dropResent(Connection c, Intake intake, int[] duplicates) throws SQLException {
        long dropped = 0;
        try (PreparedStatement p = c.prepareStatement(Sql.load(EventStore.class, "resent.sql"))) {
            p.setObject(1, utc(intake.dedupeFrom()));
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    duplicates[r.getInt(1)]++;
                    dropped++;
                }
            }
        }
        return dropped;
    }

    private static void insertEvents(Connection c, Intake intake, Long importId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(Sql.load(EventStore.class, "insert.sql"))) {
            p.setObject(1, utc(intake.receivedAt()));
            if (importId == null) {
                p.setNull(2, Types.INTEGER);
            } else {
                p.setLong(2, importId);
            }
            p.executeUpdate();
        }
    }

    private static long orders(Connection c, Intake intake, long importId) throws SQLException {
        Variables.set(c, "hako_zone", intake.zone().getId());
        Variables.set(c, "hako_import_id", "INTEGER", importId);
        Sql.run(c, EventStore.class, "orders.sql");
        return count(c, "SELECT count(*) FROM hako_event_orders");
    }

    private static void recordImport(Connection c, long importId, String files, long received, long stored)
            throws SQLException {
        try (PreparedStatement p = c.prepareStatement(Sql.load(EventStore.class, "imported.sql"))) {
            p.setLong(1, importId);
            p.setString(2, files);
            p.setLong(3, received);
            p.setLong(4, stored);
            p.executeUpdate();
        }
    }

    private static long nextImportId(Connection c) throws SQLException {
        return count(c, "SELECT coalesce(max(import_id), 0) + 1 FROM imports");
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
