package hako.web.followups;

import hako.followups.Replenishment;
import hako.followups.sheet.FileFormat;
import hako.followups.sheet.ListKind;
import hako.followups.sheet.PersonalData;
import hako.followups.sheet.PrintLists;
import hako.followups.sheet.ReplenishmentList;
import hako.followups.sheet.TaskRange;
import hako.web.ShopState;
import hako.web.security.CurrentUser;
import jakarta.servlet.http.HttpServletResponse;
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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The replenishment list (who runs out of a usage-cycle product soon, per product) and the month's
 * print and call lists (DM, package inserts, phone, email, LINE) as CSV or .xlsx downloads. Every
 * download holds personal data: for admins and marketers only, and written to the audit log.
 */
@Controller
class ListsController {

    /** Rows of the replenishment list shown on the page; the download has them all. */
    static final int SHOWN = 500;

    private final DataSource db;
    private final ShopState shop;

    ListsController(DataSource db, ShopState shop) {
        this.db = db;
        this.shop = shop;
    }

    @GetMapping("/followups/lists")
    String lists(@RequestParam(required = false) String month,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                 @RequestParam(defaultValue = "" + Replenishment.DEFAULT_DAYS) int days,
                 Authentication who, Model model) throws Exception {
        if (shop.latestOrderDate().isEmpty()) {
            return "redirect:/";
        }
        LocalDate on = day != null ? day : shop.contactDay(shop.asOf(null));
        boolean personal = CurrentUser.seesPersonalData(who);
        try (Connection c = db.getConnection()) {
            List<Replenishment.Due> due = Replenishment.due(c, on, days);
            model.addAttribute("dueCount", due.size());
            model.addAttribute("due", due.subList(0, Math.min(SHOWN, due.size())));
            model.addAttribute("hasShippingStatus", !PrintLists.orderStatuses(c).isEmpty());
        }
        model.addAttribute("month", month(month));
        model.addAttribute("day", on);
        model.addAttribute("days", days);
        model.addAttribute("shown", SHOWN);
        model.addAttribute("personal", personal);
        model.addAttribute("kinds", ListKind.values());
        return "followups/lists";
    }

    /** One print or call list of the month's open tasks. */
    @GetMapping("/followups/lists/{kind}.{extension}")
    void list(@PathVariable String kind, @PathVariable String extension, @RequestParam(required = false) String month,
              Authentication who, Locale locale, HttpServletResponse response) throws Exception {
        ListKind k = ListKind.ofKey(kind);
        FileFormat format = FileFormat.ofExtension(extension);
        YearMonth m = month(month);
        response.setContentType(format.contentType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"hako-" + k.key() + "-" + m + "." + format.extension() + "\"");
        try (Connection c = db.getConnection()) {
            PrintLists.export(c, k, TaskRange.month(m), PersonalData.INCLUDED, locale, format,
                    response.getOutputStream(), who.getName());
        }
    }

    /** The replenishment list from {@code day} to {@code day} + {@code days}. */
    @GetMapping("/followups/lists/replenishment.{extension}")
    void replenishment(@PathVariable String extension,
                       @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                       @RequestParam(defaultValue = "" + Replenishment.DEFAULT_DAYS) int days, Authentication who,
                       Locale locale, HttpServletResponse response) throws Exception {
        FileFormat format = FileFormat.ofExtension(extension);
        response.setContentType(format.contentType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"hako-replenishment-" + day + "-" + days + "d." + format.extension() + "\"");
        try (Connection c = db.getConnection()) {
            ReplenishmentList.export(c, day, days, locale, format, response.getOutputStream(), who.getName());
        }
    }

    private YearMonth month(String text) throws Exception {
        return MonthParam.of(text, shop);
    }
}
