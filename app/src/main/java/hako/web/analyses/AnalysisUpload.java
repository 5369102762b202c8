package hako.web.analyses;

import hako.audit.AuditLog;
import hako.imports.FileChoices;
import hako.imports.ImportError;
import hako.imports.ImportFailed;
import hako.imports.ImportKind;
import hako.imports.ImportOptions;
import hako.imports.ImportProgress;
import hako.imports.ImportReport;
import hako.imports.Importer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.multipart.MultipartFile;

/**
 * An upload of acquisition spend or NPS answers from an analysis page, through the same importer as
 * {@code hako import}: all or nothing, problems listed by file, line and column. The files are small
 * (a row per month, an answer per customer), so the import runs within the request.
 */
@Component
class AnalysisUpload {

    private final DataSource db;
    private final AnalysisPage page;

    AnalysisUpload(DataSource db, AnalysisPage page) {
        this.db = db;
        this.page = page;
    }

    /** Imports {@code file} as {@code kind}; puts the count imported, or the problems, on the model. */
    void importFile(MultipartFile file, ImportKind kind, String user, Model model) throws IOException, SQLException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("uploadErrors", List.of(new ImportError(name(file), 0, "",
                    "empty file / 空のファイル")));
            model.addAttribute("uploadTotal", 1);
            return;
        }
        Path dir = Files.createTempDirectory("hako-analysis-upload");
        Path saved = dir.resolve("upload.csv");
        try {
            file.transferTo(saved);
            ImportOptions options = ImportOptions.defaults(page.shop().settings().zone()).tempDir(dir)
                    .file(saved, new FileChoices(name(file), null, kind, null));
            try (Connection c = db.getConnection()) {
                ImportReport report = new Importer(c, options).run(List.of(saved), ImportProgress.NONE);
                long records = report.kinds().stream().mapToLong(ImportReport.KindSummary::records).sum();
                AuditLog.record(c, user, "import", "import " + report.importId() + ": " + name(file), records);
                page.dataChanged();
                model.addAttribute("uploaded", records);
            } catch (ImportFailed e) {
                model.addAttribute("uploadErrors", e.errors());
                model.addAttribute("uploadTotal", e.total());
            }
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    private static String name(MultipartFile file) {
        String original = file == null ? null : file.getOriginalFilename();
        if (original == null || original.isBlank()) {
            return "upload.csv";
        }
        String n = original.replace('\\', '/');
        return n.substring(n.lastIndexOf('/') + 1);
    }
}
