package hako.imports;

import hako.store.Variables;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Imports export files into a shop database as one transaction: every file is read and checked,
 * and either all of them are merged or, on any error, nothing is.
 */
public final class Importer {

    private final Connection connection;
    private final ImportOptions options;

    public Importer(Connection connection, ImportOptions options) {
        this.connection = connection;
        this.options = options;
    }

    public ImportReport run(List<Path> paths, ImportProgress progress) throws ImportFailed, SQLException, IOException {
        long start = System.nanoTime();
        List<Source> sources = new ArrayList<>();
        for (Path path : paths) {
            sources.add(Source.open(path, options));
        }
        requireMappingUsed(sources);
        Trace.statement("import", "open files", start);
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        List<Path> temporary = new ArrayList<>();
        try {
            long importId = nextImportId();
            Variables.set(connection, "hako_zone", options.zone().getId());
            Variables.set(connection, "hako_import_id", importId);
            hako.store.Sql.run(connection, Importer.class, "import_macros.sql");
            for (int i = 0; i < sources.size(); i++) {
                sources.get(i).prepare(connection, i, options, temporary, progress);
            }
            List<KindImport> kinds = byKind(sources);
            long[] rows = new long[sources.size()];
            for (KindImport kind : kinds) {
                kind.stage(progress, rows);
            }
            List<ImportReport.KindSummary> summaries = new ArrayList<>();
            Map<Integer, Boolean> amountModes = new HashMap<>();
            for (KindImport kind : kinds) {
                summaries.add(kind.merge(progress));
                amountModes.putAll(kind.amountModes());
            }
            List<ImportReport.FileRead> files = new ArrayList<>();
            for (int i = 0; i < sources.size(); i++) {
                files.add(sources.get(i).read(rows[i], amountModes.get(i)));
            }
            if (options.dryRun()) {
                connection.rollback();
                return new ImportReport(0, true, files, summaries);
            }
            record(importId, files, summaries);
            long commit = System.nanoTime();
            connection.commit();
            Trace.statement("import", "commit", commit);
            return new ImportReport(importId, false, files, summaries);
        } catch (ImportFailed | SQLException | IOException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            // Transcoded copies go whatever happens to the connection.
            try {
                connection.setAutoCommit(autoCommit);
                Temporaries.drop(connection, sources.size());
            } finally {
                for (Path p : temporary) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** One import per kind of file, in the order orders, customers, products. */
    private List<KindImport> byKind(List<Source> sources) {
        Map<ImportKind, List<Integer>> fileNos = new EnumMap<>(ImportKind.class);
        for (int i = 0; i < sources.size(); i++) {
            fileNos.computeIfAbsent(sources.get(i).mapping().kind(), k -> new ArrayList<>()).add(i);
        }
        List<KindImport> kinds = new ArrayList<>();
        fileNos.forEach((kind, files) -> kinds.add(KindImport.of(connection, kind, files, sources)));
        return kinds;
    }

    /** A {@code --map} for a field that no file of this import has is a mistake, not something to ignore. */
    private void requireMappingUsed(List<Source> sources) throws ImportFailed {
        for (Field field : options.mapping().keySet()) {
            if (sources.stream().noneMatch(s -> field.appliesTo(s.mapping().kind()))) {
                List<String> kinds = java.util.Arrays.stream(ImportKind.values()).filter(field::appliesTo)
                        .map(ImportKind::label).toList();
                throw ImportFailed.of(new ImportError("--map " + field.key() + "=" + options.mapping().get(field), 0,
                        null, field.key() + " is a column of " + String.join(" or ", kinds)
                        + " files, and no file of this import is one"));
            }
        }
    }

    private long nextImportId() throws SQLException {
        return hako.store.ProgressQuery.count(connection, "SELECT coalesce(max(import_id), 0) + 1 FROM imports");
    }

    private void record(long importId, List<ImportReport.FileRead> files, List<ImportReport.KindSummary> kinds)
            throws SQLException {
        try (PreparedStatement p = connection.prepareStatement(
                "INSERT INTO imports VALUES (?, ?, ?, ?, ?, current_timestamp::TIMESTAMP)")) {
            p.setLong(1, importId);
            p.setString(2, String.join(",", files.stream().map(f -> f.kind().label()).distinct().toList()));
            p.setString(3, String.join(", ", files.stream().map(ImportReport.FileRead::file).toList()));
            p.setLong(4, files.stream().mapToLong(ImportReport.FileRead::rows).sum());
            p.setLong(5, kinds.stream().mapToLong(ImportReport.KindSummary::records).sum());
            p.executeUpdate();
        }
    }
}
