package hako.web.imports;

import hako.events.EventsCsvImport;
import hako.imports.ImportFailed;
import hako.imports.ImportOptions;
import hako.imports.ImportReport;
import hako.imports.Importer;
import hako.store.Sql;
import hako.web.ShopState;
import jakarta.annotation.PreDestroy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs imports in the background, one at a time: a second is refused while one runs. After a
 * successful import the board's numbers are recomputed on next view; either way the uploaded
 * files are deleted.
 */
@Component
class ImportRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ImportRunner.class);

    private final DataSource db;
    private final ShopState shop;
    private final Uploads uploads;
    private final AtomicReference<Upload> running = new AtomicReference<>();
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "hako-import");
        t.setDaemon(true);
        return t;
    });

    ImportRunner(DataSource db, ShopState shop, Uploads uploads) {
        this.db = db;
        this.shop = shop;
        this.uploads = uploads;
    }

    /** Starts importing {@code upload}; an upload already started is left as it is. */
    void start(Upload upload, ImportOptions options, String user) throws ImportBusy {
        start(upload, (c, job, paths) -> {
            ImportReport report = new Importer(c, options).run(paths, job);
            shop.dataChanged();
            audit(c, user, report.importId(), report.files().stream().map(ImportReport.FileRead::file).toList(),
                    report.kinds().stream().mapToLong(ImportReport.KindSummary::records).sum());
            job.succeeded(report);
        });
    }

    /** Starts importing {@code upload}'s files as site events ({@code hako events import}), in one transaction. */
    void startEvents(Upload upload, String user) throws ImportBusy {
        List<String> names = upload.files().stream().map(UploadedFile::name).toList();
        start(upload, (c, job, paths) -> {
            job.advance("reading events", 0, 0);
            EventsCsvImport.Report report = new EventsCsvImport(c, shop.settings().zone()).run(paths, names);
            shop.dataChanged();
            audit(c, user, report.importId(), names,
                    report.files().stream().mapToLong(EventsCsvImport.FileReport::stored).sum());
            job.succeeded(report);
        });
    }

    /** What an import does on the import thread, with its own connection. */
    private interface Work {
        void run(Connection c, ImportJob job, List<Path> paths) throws Exception;
    }

    private void start(Upload upload, Work work) throws ImportBusy {
        synchronized (upload) {
            if (upload.job() != null) {
                return;
            }
            if (!running.compareAndSet(null, upload)) {
                throw new ImportBusy();
            }
            ImportJob job = new ImportJob();
            upload.started(job);
            List<Path> paths = upload.files().stream().map(UploadedFile::path).toList();
            thread.execute(() -> run(upload, job, paths, work));
        }
    }

    private void run(Upload upload, ImportJob job, List<Path> paths, Work work) {
        try (Connection c = db.getConnection()) {
            work.run(c, job, paths);
        } catch (ImportFailed e) {
            job.failed(e);
        } catch (Exception | Error e) {
            LOG.error("import {} failed", upload.id(), e);
            job.broke();
        } finally {
            running.set(null);
            try {
                uploads.deleteFiles(upload);
            } catch (java.io.IOException e) {
                LOG.warn("could not delete upload {}", upload.dir(), e);
            }
        }
    }

    /** Records the import in the audit log; the import stands even if this fails. */
    private static void audit(Connection c, String user, long importId, List<String> files, long rows) {
        try (PreparedStatement p = c.prepareStatement(Sql.load(ImportRunner.class, "audit.sql"))) {
            p.setString(1, user);
            p.setString(2, "import " + importId + ": " + String.join(", ", files));
            p.setLong(3, rows);
            p.executeUpdate();
        } catch (SQLException e) {
            LOG.warn("could not record import {} in the audit log", importId, e);
        }
    }

    @PreDestroy
    void stop() {
        thread.shutdownNow();
    }

    /** Another import is running. */
    static final class ImportBusy extends Exception {
        ImportBusy() {
            super("another import is running");
        }
    }
}
