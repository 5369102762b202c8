package hako.web.imports;

import hako.imports.Field;
import hako.imports.FileChoices;
import hako.imports.ImportOptions;
import hako.imports.ImportPreview;
import hako.web.ShopState;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Upload, confirm and start an import (admin and marketer only, as the security rules say). */
@Controller
class ImportController {

    static final int MAX_FILES = 20;

    private final DataSource db;
    private final ShopState shop;
    private final Uploads uploads;
    private final ImportRunner runner;

    ImportController(DataSource db, ShopState shop, Uploads uploads, ImportRunner runner) {
        this.db = db;
        this.shop = shop;
        this.uploads = uploads;
        this.runner = runner;
    }

    @GetMapping("/imports")
    String uploadPage(Model model) throws SQLException {
        try (Connection c = db.getConnection()) {
            model.addAttribute("recent", RecentImport.latest(c, 10));
        }
        return "imports/upload";
    }

    @PostMapping("/imports")
    String upload(@RequestParam(name = "files", required = false) List<MultipartFile> parts, Authentication who,
                  Model model, HttpServletResponse response) throws IOException, SQLException {
        List<MultipartFile> chosen = parts == null ? List.of()
                : parts.stream().filter(p -> !p.isEmpty() || !isBlank(p.getOriginalFilename())).toList();
        if (chosen.isEmpty() || chosen.size() > MAX_FILES) {
            model.addAttribute("problem", chosen.isEmpty() ? "imports.upload.none" : "imports.upload.toomany");
            return refused(model, response);
        }
        try {
            return "redirect:/imports/" + uploads.create(who.getName(), chosen).id();
        } catch (NotCsv e) {
            model.addAttribute("notCsvFile", e.file());
            model.addAttribute("notCsvKey", e.content().key());
            return refused(model, response);
        }
    }

    @GetMapping("/imports/{id}")
    String preview(@PathVariable String id, Authentication who, Model model) throws IOException {
        Upload upload = uploads.find(id, who.getName());
        if (upload.job() != null) {
            return "redirect:/imports/" + id + "/progress";
        }
        return previewPage(upload, upload.views(), model);
    }

    @PostMapping("/imports/{id}")
    String start(@PathVariable String id, HttpServletRequest request, Authentication who, Model model,
                 HttpServletResponse response, RedirectAttributes flash) throws IOException {
        Upload upload = uploads.find(id, who.getName());
        if (upload.job() != null) {
            return "redirect:/imports/" + id + "/progress";
        }
        List<FileView> views = upload.views();
        StartForm form = StartForm.read(request.getParameterMap(), views.size());
        if (redetected(upload, views, form) || request.getParameter("redetect") != null) {
            flash.addFlashAttribute("redetected", true);
            return "redirect:/imports/" + id;
        }
        long events = views.stream().filter(FileView::events).count();
        if (events > 0) {
            return events == views.size() ? startEvents(upload, views, who, model, response)
                    : notStarted("imports.preview.mixed", upload, views, HttpStatus.BAD_REQUEST, model, response);
        }
        ImportOptions options = ImportOptions.defaults(shop.settings().zone()).tempDir(upload.dir());
        List<FileView> shown = new ArrayList<>();
        List<Map<Field, String>> confirmed = new ArrayList<>();
        boolean ready = true;
        for (FileView v : views) {
            if (v.preview() == null || v.kind() == null) {
                shown.add(v);
                ready = false;
                continue;
            }
            Map<Field, String> mapping = form.mapping(v);
            List<String> missing = ImportPreview.missing(v.kind(), v.preview().headers(), mapping);
            shown.add(v.chosen(mapping, missing));
            confirmed.add(mapping);
            ready &= missing.isEmpty();
            UploadedFile f = v.file();
            options = options.file(f.path(), new FileChoices(f.name(), f.encoding(), v.kind(), mapping));
        }
        if (!ready) {
            return notStarted("imports.preview.notready", upload, shown, HttpStatus.BAD_REQUEST, model, response);
        }
        upload.confirm(confirmed);
        try {
            runner.start(upload, options, who.getName());
        } catch (ImportRunner.ImportBusy e) {
            return notStarted("imports.preview.busy", upload, shown, HttpStatus.CONFLICT, model, response);
        }
        return "redirect:/imports/" + id + "/progress";
    }

    /** Site events files: imported together as events (hako events import), all or nothing. */
    private String startEvents(Upload upload, List<FileView> views, Authentication who, Model model,
                               HttpServletResponse response) {
        upload.confirm(views.stream().map(v -> Map.<Field, String>of()).toList());
        try {
            runner.startEvents(upload, who.getName());
        } catch (ImportRunner.ImportBusy e) {
            return notStarted("imports.preview.busy", upload, views, HttpStatus.CONFLICT, model, response);
        }
        return "redirect:/imports/" + upload.id() + "/progress";
    }

    private String notStarted(String notice, Upload upload, List<FileView> views, HttpStatus status, Model model,
                              HttpServletResponse response) {
        response.setStatus(status.value());
        model.addAttribute("notice", notice);
        return previewPage(upload, views, model);
    }

    @ExceptionHandler(Uploads.UnknownUpload.class)
    ModelAndView unknown() {
        ModelAndView page = new ModelAndView("error", HttpStatus.NOT_FOUND);
        page.addObject("status", HttpStatus.NOT_FOUND.value());
        return page;
    }

    /** Applies a changed encoding or kind: those files are detected again rather than imported. */
    private static boolean redetected(Upload upload, List<FileView> views, StartForm form) {
        boolean any = false;
        for (FileView v : views) {
            UploadedFile changed = form.changed(v);
            if (changed != null) {
                upload.replace(changed);
                any = true;
            }
        }
        return any;
    }

    private String previewPage(Upload upload, List<FileView> views, Model model) {
        model.addAttribute("upload", upload.id());
        model.addAttribute("views", views);
        model.addAttribute("encodings", StartForm.ENCODINGS.keySet());
        model.addAttribute("kinds", hako.imports.ImportKind.values());
        model.addAttribute("ready", views.stream().allMatch(FileView::ready));
        return "imports/preview";
    }

    private String refused(Model model, HttpServletResponse response) throws SQLException {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return uploadPage(model);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
