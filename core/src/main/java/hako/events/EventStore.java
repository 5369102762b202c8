package hako.events;

import hako.store.InTransaction;
import hako.store.Sql;
import hako.store.Variables;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Stores batches of checked events in one transaction: the events (a resent id only once), the
 * visitors' links to customers, and purchases as orders. All of it is committed or none of it.
 */
public final class EventStore {

    /** The batches' outcomes, in order, and what was committed. */
    public record Written(List<Stored> batches, EventsStored stored) {
    }

    private EventStore() {
    }

    /** Stores {@code batches} (each a request or a file) in one transaction. */
    public static Written write(Connection c, List<List<SiteEvent>> batches, Intake intake) throws SQLException {
        return InTransaction.get(c, () -> {
            long importId = nextImportId(c);
            Sql.run(c, EventStore.class, "intake.sql");
            append(c, batches);
            Variables.set(c, "hako_received_at", "TIMESTAMP", utc(intake.receivedAt()));
            Variables.set(c, "hako_dedupe_from", "TIMESTAMP", utc(intake.dedupeFrom()));
            Variables.set(c, "hako_zone", intake.zone().getId());
            Variables.set(c, "hako_import_id", "INTEGER", importId);
            Variables.set(c, "hako_from_file", intake.file() != null);
            Variables.set(c, "hako_import_files", intake.file() == null ? "POST /api/v1/events" : intake.file());
            Sql.run(c, EventStore.class, "store.sql");
            List<Stored> stored = outcomes(c, batches.size());
            long orders = count(c, "SELECT count(*) FROM hako_event_orders");
            long events = stored.stream().mapToLong(s -> s.received() - s.duplicates()).sum();
            boolean recorded = intake.file() != null || orders > 0;
            return new Written(stored, new EventsStored(events, orders, recorded ? importId : 0));
        });
    }

    private static void append(Connection c, List<List<SiteEvent>> batches) throws SQLException {
        int seq = 0;
        try (DuckDBAppender a = c.unwrap(DuckDBConnection.class).createAppender("temp", "main", "hako_event_intake")) {
            for (int b = 0; b < batches.size(); b++) {
                for (SiteEvent e : batches.get(b)) {
                    a.beginRow();
                    a.append(seq++);
                    a.append(b);
                    a.append(e.eventId() == null ? java.util.UUID.randomUUID().toString() : e.eventId());
                    a.append(utc(e.occurredAt()));
                    a.append(e.type().key());
                    a.append(e.visitorId());
                    a.append(e.customerId());
                    a.append(e.productCode());
                    a.append(e.productName());
                    a.append(e.price() == null ? null : e.price().setScale(2, java.math.RoundingMode.UNNECESSARY));
                    a.append(e.quantity());
                    a.append(e.orderId());
                    a.append(e.url());
                    a.endRow();
                }
            }
        }
    }

    private static List<Stored> outcomes(Connection c, int batches) throws SQLException {
        List<Stored> stored = new ArrayList<>(java.util.Collections.nCopies(batches, new Stored(0, 0)));
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(Sql.load(EventStore.class, "stored.sql"))) {
            while (r.next()) {
                stored.set(r.getInt(1), new Stored(r.getInt(2), r.getInt(3)));
            }
        }
        return stored;
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
