package hako.delivery;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * A file beside the database ({@code shop.duckdb.sent}) where the sender notes each message the moment
 * the server accepted it, before the outcome reaches the database. Outcomes are committed to the
 * database in groups (a DuckDB commit costs ~10 ms of disk sync, one per message would cap sending near
 * 70/s); a note is one write to the operating system, which keeps it when the process dies. After a crash
 * the notes say which 'sending' messages did go out, so they are marked sent, not sent again. (A power
 * cut can lose the last notes the disk had not written yet: those messages are resent with the same
 * Message-ID / retry key.) An in-memory database has no file: its notes die with the process, as it does.
 */
final class SentJournal implements AutoCloseable {

    /** A note: the message went to {@code address} at {@code at}. */
    record Note(Instant at, String address) {
    }

    private final Path file;
    private final Map<String, Note> memory = new HashMap<>();
    private FileOutputStream out;

    private SentJournal(Path file) {
        this.file = file;
    }

    /** The journal of the database {@code c} is connected to. */
    static SentJournal of(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT path FROM duckdb_databases() WHERE database_name = current_database()")) {
            String path = r.next() ? r.getString(1) : null;
            return new SentJournal(path == null || path.isEmpty() ? null : Path.of(path + ".sent"));
        }
    }

    void note(String outboxId, Instant at, String address) {
        if (file == null) {
            memory.put(outboxId, new Note(at, address));
            return;
        }
        try {
            if (out == null) {
                out = new FileOutputStream(file.toFile(), true);
            }
            out.write((at.toEpochMilli() + "\t" + address + "\t" + outboxId + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Every note since the last {@link #clear}; a torn last line (the process died mid-write) is ignored. */
    Map<String, Note> read() {
        if (file == null) {
            return Map.copyOf(memory);
        }
        Map<String, Note> notes = new HashMap<>();
        try {
            if (!Files.exists(file)) {
                return notes;
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            for (String line : text.split("\n")) {
                String[] parts = line.split("\t", 3);
                if (parts.length == 3 && text.contains(line + "\n")) {
                    notes.put(parts[2], new Note(Instant.ofEpochMilli(Long.parseLong(parts[0])), parts[1]));
                }
            }
            return notes;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Forgets the notes: their outcomes are committed to the database. */
    void clear() {
        memory.clear();
        if (file == null) {
            return;
        }
        try {
            close();
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear " + file, e);
        }
    }

    @Override
    public void close() {
        if (out != null) {
            try {
                out.close();
            } catch (IOException ignored) {
                // nothing left to write
            }
            out = null;
        }
    }
}
