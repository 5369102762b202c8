package hako.events;

import hako.imports.Encodings;
import hako.imports.ImportError;
import hako.imports.ImportFailed;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Imports an events CSV (header: the API's field names, one line per event, a purchase one line per
 * product) with the API's checks, all or nothing. A line without {@code event_id} gets one made from
 * its content, so importing the same file again stores nothing twice.
 */
public final class EventsCsvImport {

    /** The columns every events file has. */
    public static final Set<String> REQUIRED = Set.of("type", "visitor_id", "occurred_at");

    /** What an import did, per file. */
    public record Report(List<FileReport> files, long orders, long importId) {
    }

    /** One file: its lines (events), those stored, and those already stored before. */
    public record FileReport(String file, long events, long stored, long duplicates) {
    }

    private final Connection connection;
    private final ZoneId zone;

    public EventsCsvImport(Connection connection, ZoneId zone) {
        this.connection = connection;
        this.zone = zone;
    }

    /** Imports every file in one transaction: if any line of any file is wrong, nothing is stored. */
    public Report run(List<Path> files) throws IOException, ImportFailed, SQLException {
        return run(files, files.stream().map(f -> f.getFileName().toString()).toList());
    }

    /**
     * As {@link #run(List)}, naming each file in errors and reports by {@code names} (the name an upload had
     * on the person's computer rather than where it is stored).
     */
    public Report run(List<Path> files, List<String> names) throws IOException, ImportFailed, SQLException {
        if (names.size() != files.size()) {
            throw new IllegalArgumentException(files.size() + " files but " + names.size() + " names");
        }
        Instant now = Instant.now();
        EventReader reader = new EventReader(now, zone);
        List<List<SiteEvent>> batches = new ArrayList<>();
        List<ImportError> errors = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < files.size(); i++) {
            try {
                batches.add(read(names.get(i), decode(Files.readAllBytes(files.get(i))), reader));
            } catch (ImportFailed e) {
                errors.addAll(e.errors());
                total += e.total();
            }
        }
        if (total > 0) {
            throw new ImportFailed(errors, total);
        }
        EventStore.Written w = EventStore.write(connection, batches, Intake.file(now, zone, String.join(", ", names)));
        List<FileReport> reports = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Stored s = w.batches().get(i);
            reports.add(new FileReport(names.get(i), s.received(), s.received() - s.duplicates(), s.duplicates()));
        }
        return new Report(reports, w.stored().orders(), w.stored().importId());
    }

    static List<SiteEvent> read(String file, Reader text, EventReader reader) throws IOException, ImportFailed {
        CsvRows rows = new CsvRows(text);
        CsvRows.Row header = rows.next();
        if (header == null) {
            throw new ImportFailed(List.of(new ImportError(file, 0, null, "the file is empty")), 1);
        }
        List<String> columns = header.cells().stream().map(String::strip).toList();
        checkHeader(file, columns);
        List<ImportError> errors = new ArrayList<>();
        long total = 0;
        List<SiteEvent> events = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (CsvRows.Row row = rows.next(); row != null; row = rows.next()) {
            try {
                events.add(withId(line(file, row, columns, reader), seen));
            } catch (BadEvent e) {
                total++;
                if (errors.size() < ImportFailed.MAX_LISTED) {
                    errors.add(new ImportError(file, row.line(), e.field(), e.getMessage()));
                }
            } catch (WrongWidth e) {
                total++;
                if (errors.size() < ImportFailed.MAX_LISTED) {
                    errors.add(new ImportError(file, row.line(), null, e.getMessage()));
                }
            }
        }
        if (total > 0) {
            throw new ImportFailed(errors, total);
        }
        return events;
    }

    private static void checkHeader(String file, List<String> columns) throws ImportFailed {
        List<ImportError> errors = new ArrayList<>();
        for (String c : columns) {
            if (!EventReader.FIELDS.contains(c)) {
                errors.add(new ImportError(file, 1, c, "unknown column; an events file has "
                        + new TreeSet<>(EventReader.FIELDS)));
            }
        }
        for (String r : new TreeSet<>(REQUIRED)) {
            if (!columns.contains(r)) {
                errors.add(new ImportError(file, 1, r, "missing column " + r));
            }
        }
        if (!errors.isEmpty()) {
            throw new ImportFailed(errors, errors.size());
        }
    }

    private static SiteEvent line(String file, CsvRows.Row row, List<String> columns, EventReader reader)
            throws BadEvent, WrongWidth {
        if (row.cells().size() != columns.size()) {
            throw new WrongWidth(row.cells().size() + " fields where the header has " + columns.size());
        }
        Map<String, String> fields = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            if (!row.cells().get(i).isBlank()) {
                fields.put(columns.get(i), row.cells().get(i));
            }
        }
        if (!fields.containsKey("occurred_at")) {
            throw new BadEvent("occurred_at", "missing occurred_at: a file's events say when they happened");
        }
        return reader.read(fields, List.of()).get(0);
    }

    /** The line's own id, or one made from its content (and how often the same content came before in the file). */
    private static SiteEvent withId(SiteEvent e, Map<String, Integer> seen) {
        if (e.eventId() != null) {
            return e;
        }
        String content = String.join("\u001f", e.type().key(), e.visitorId(), String.valueOf(e.customerId()),
                e.occurredAt().toString(), String.valueOf(e.productCode()), String.valueOf(e.productName()),
                String.valueOf(e.price()), String.valueOf(e.quantity()), String.valueOf(e.orderId()),
                String.valueOf(e.url()));
        int n = seen.merge(content, 1, Integer::sum);
        String id = "csv:" + sha256(content).substring(0, 32) + ":" + n;
        return new SiteEvent(id, e.occurredAt(), e.type(), e.visitorId(), e.customerId(), e.productCode(),
                e.productName(), e.price(), e.quantity(), e.orderId(), e.url());
    }

    private static Reader decode(byte[] bytes) {
        Charset charset = Encodings.detect(bytes, Math.min(bytes.length, 1 << 20));
        String text = new String(bytes, charset);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return new StringReader(text);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A line with more or fewer fields than the header. */
    private static final class WrongWidth extends Exception {
        WrongWidth(String message) {
            super(message);
        }
    }
}
