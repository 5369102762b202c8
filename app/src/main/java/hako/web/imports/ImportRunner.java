package hako.web.imports;

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
            thread.execute(() -> run(upload, job, paths, options, user));
        }
    }

    private void run(Upload upload, ImportJob job, List<Path> paths, ImportOptions options, String user) {
        try (Connection c = db.getConnection()) {
            ImportReport report = new Importer(c, options).run(paths, job);
            shop.dataChanged();
            audit(c, user, report);
            job.succeeded(report);
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
    private static void audit(Connection c, String user, ImportReport report) {
        try {
            insertAudit(c, user, report);
        } catch (SQLException e) {
            LOG.warn("could not record import {} in the audit log", report.importId(), e);
        }
    }

    private static void insertAudit(Connection c, String user, ImportReport report) throws SQLException {
        String files = String.join(", ", report.files().stream().map(ImportReport.FileRead::file).toList());
        try (PreparedStatement p = c.prepareStatement(Sql.load(ImportRunner.class, "audit.sql"))) {
            p.setString(1, user);
            p.setString(2, "import " + report.importId() + ": " + files);
            p.setLong(3, report.kinds().stream().mapToLong(ImportReport.KindSummary::records).sum());
            p.executeUpdate();
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
