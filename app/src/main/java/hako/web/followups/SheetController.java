package hako.web.followups;

import hako.followups.Channel;
import hako.followups.FollowupTasks;
import hako.followups.Generation;
import hako.followups.Outcome;
import hako.followups.Tick;
import hako.followups.Ticks;
import hako.followups.TicksRefused;
import hako.followups.sheet.FileFormat;
import hako.followups.sheet.FollowUpSheet;
import hako.followups.sheet.PersonalData;
import hako.followups.sheet.SheetImport;
import hako.followups.sheet.SheetImportReport;
import hako.followups.sheet.SheetRefused;
import hako.followups.sheet.TaskRange;
import hako.followups.sheet.TaskRow;
import hako.followups.sheet.TaskRows;
import hako.web.ShopState;
import hako.web.security.CurrentUser;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The month's management sheet (管理シート): generating the tasks, the tasks filtered by channel and
 * status, ticking one off in place, and the .xlsx round trip. The month defaults to the month of
 * the as-of date (the latest order date).
 */
@Controller
class SheetController {

    private final DataSource db;
    private final ShopState shop;

    SheetController(DataSource db, ShopState shop) {
        this.db = db;
        this.shop = shop;
    }

    @GetMapping("/followups")
    String sheet(@RequestParam(required = false) String month, @RequestParam(required = false) String channel,
                 @RequestParam(required = false) String status, @RequestParam(defaultValue = "1") int page,
                 Authentication who, Model model) throws Exception {
        if (shop.latestOrderDate().isEmpty()) {
            return "redirect:/";
        }
        return page(month(month), channel, status, page, who, model);
    }

    @PostMapping("/followups/generate")
    String generate(@RequestParam String month, Authentication who, Model model) throws Exception {
        YearMonth m = month(month);
        shop.groupsForPlans(shop.asOf(null));
        try (Connection c = db.getConnection()) {
            Generation g = FollowupTasks.generate(c, m.atDay(1), m.atEndOfMonth(), shop.asOf(null),
                    shop.settings().rules());
            model.addAttribute("generation", g);
            model.addAttribute("generationTicked", g.lines().stream().mapToLong(Generation.Line::ticked).sum());
            model.addAttribute("generationEarlierDropped",
                    g.earlierDropped().values().stream().mapToLong(Long::longValue).sum());
        }
        return page(m, null, null, 1, who, model);
    }

    @PostMapping("/followups/tasks/{id}/tick")
    String tick(@PathVariable long id, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate due,
                @RequestParam String outcome, @RequestParam(defaultValue = "") String staff,
                @RequestParam(defaultValue = "") String note,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate contactedOn,
                Authentication who, Model model) throws Exception {
        LocalDate on = contactedOn != null ? contactedOn : LocalDate.now(shop.settings().zone());
        try (Connection c = db.getConnection()) {
            Ticks.apply(c, who.getName(), List.of(new Tick(id, Outcome.parse(outcome), staff, note, on)));
            TaskRow row = TaskRows.list(c, new TaskRange(due, due), PersonalData.INCLUDED, TaskRows.Which.ALL)
                    .stream().filter(r -> r.taskId() == id).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("task " + id + " is not due on " + due));
            model.addAttribute("t", row);
        } catch (TicksRefused e) {
            throw new IllegalArgumentException("task " + id + ": " + e.problems().get(0).message(), e);
        }
        rowModel(model, true);
        return "followups/sheet :: row";
    }

    @GetMapping("/followups/sheet.xlsx")
    void download(@RequestParam(required = false) String month, Authentication who, Locale locale,
                  HttpServletResponse response) throws Exception {
        YearMonth m = month(month);
        response.setContentType(FileFormat.XLSX.contentType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"hako-followups-" + m + ".xlsx\"");
        try (Connection c = db.getConnection()) {
            FollowUpSheet.export(c, TaskRange.month(m), PersonalData.INCLUDED, locale, FileFormat.XLSX,
                    response.getOutputStream(), who.getName());
        }
    }

    @PostMapping("/followups/sheet/upload")
    String upload(@RequestParam String month, @RequestParam(name = "file", required = false) MultipartFile part,
                  Authentication who, Model model) throws Exception {
        YearMonth m = month(month);
        if (part == null || part.isEmpty()) {
            model.addAttribute("uploadMissing", true);
            return page(m, null, null, 1, who, model);
        }
        Path dir = Files.createTempDirectory("hako-sheet");
        try (Connection c = db.getConnection()) {
            Path file = dir.resolve(UploadName.of(part.getOriginalFilename(), "sheet.xlsx"));
            part.transferTo(file);
            SheetImportReport report = SheetImport.apply(c, file, who.getName(),
                    LocalDate.now(shop.settings().zone()));
            model.addAttribute("imported", report);
        } catch (SheetRefused e) {
            model.addAttribute("refused", e);
        } finally {
            FileSystemUtils.deleteRecursively(dir);
        }
        return page(m, null, null, 1, who, model);
    }

    private String page(YearMonth month, String channel, String status, int page, Authentication who, Model model)
            throws Exception {
        boolean personal = CurrentUser.seesPersonalData(who);
        Channel ch = channel == null || channel.isBlank() ? null : Channel.ofKey(channel);
        SheetPage sheet = new SheetPage(ch, SheetPage.statusFilter(status), page);
        try (Connection c = db.getConnection()) {
            TaskRows.forEach(c, TaskRange.month(month), PersonalData.of(personal), TaskRows.Which.ALL, sheet::accept);
        }
        model.addAttribute("month", month);
        model.addAttribute("asOf", shop.asOf(null));
        model.addAttribute("sheet", sheet);
        model.addAttribute("channel", ch == null ? "" : ch.key());
        model.addAttribute("status", status == null ? "" : status);
        model.addAttribute("page", Math.max(page, 1));
        model.addAttribute("channels", Channel.values());
        rowModel(model, personal);
        return "followups/sheet";
    }

    private static void rowModel(Model model, boolean personal) {
        model.addAttribute("personal", personal);
        model.addAttribute("outcomes", Outcome.values());
    }

    private YearMonth month(String text) throws Exception {
        return MonthParam.of(text, shop);
    }
}
