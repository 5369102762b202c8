package hako.web.clv;

import hako.clv.BgNbd;
import hako.clv.Calibration;
import hako.clv.ClvDiagnostics;
import hako.clv.GammaGamma;
import hako.customers.AsOfDate;
import hako.web.ShopState;
import jakarta.servlet.http.HttpServletResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.ObjectMapper;

/**
 * {@code /clv}: the fit's parameters with standard errors, calibration vs holdout, the weekly tracking and the
 * P(alive) matrix (tables and ECharts), the state of a background fit with its progress, and the admins' form to
 * refit with a calibration and holdout end.
 */
@Controller
class ClvController {

    private final DataSource db;
    private final ShopState shop;
    private final ClvState clv;
    private final MessageSourceAccessor text;
    private final ObjectMapper json;

    ClvController(DataSource db, ShopState shop, ClvState clv, MessageSource messages, ObjectMapper json) {
        this.db = db;
        this.shop = shop;
        this.clv = clv;
        this.text = new MessageSourceAccessor(messages);
        this.json = json;
    }

    @GetMapping("/clv")
    String page(Model model) throws SQLException {
        if (shop.latestOrderDate().isEmpty()) {
            return "redirect:/";
        }
        ClvState.Diagnosed d = clv.diagnostics();
        model.addAttribute("status", clv.status());
        model.addAttribute("diagnosed", d);
        model.addAttribute("latest", shop.latestOrderDate().orElseThrow());
        model.addAttribute("bgnbdNames", BgNbd.NAMES);
        model.addAttribute("spendNames", GammaGamma.NAMES);
        if (d.diagnostics() != null) {
            ClvDiagnostics diagnostics = d.diagnostics();
            if (!diagnostics.holdout().isEmpty()) {
                model.addAttribute("holdoutChart", json.writeValueAsString(ClvCharts.holdout(diagnostics, text)));
            }
            model.addAttribute("trackingChart", json.writeValueAsString(ClvCharts.tracking(diagnostics, text)));
            model.addAttribute("matrixChart", json.writeValueAsString(ClvCharts.matrix(diagnostics.aliveMatrix(), text)));
        }
        return "clv/clv";
    }

    /** The fit's state, polled by htmx while a fit runs; the page reloads when it ends. */
    @GetMapping("/clv/status")
    String status(@RequestParam(defaultValue = "false") boolean running, Model model, HttpServletResponse response)
            throws SQLException {
        ClvStatus status = clv.status();
        if (running && !status.fitting()) {
            response.setHeader("HX-Refresh", "true");
        }
        model.addAttribute("status", status);
        return "clv/clv :: job";
    }

    /** The note of a page without CLV while a fit runs, polled by htmx; the page reloads when the fit ends. */
    @GetMapping("/clv/note")
    String note(Model model, HttpServletResponse response) throws SQLException {
        ClvStatus status = clv.status();
        if (!status.fitting()) {
            response.setHeader("HX-Refresh", "true");
        }
        model.addAttribute("clv", status);
        return "clv/status :: note";
    }

    /** Admins only (SecurityConfig). */
    @PostMapping("/clv/fit")
    String fit(@RequestParam(defaultValue = "") String calibrationEnd, @RequestParam(defaultValue = "") String holdoutEnd,
               Authentication who, Model model) throws SQLException {
        Calibration calibration;
        try (Connection c = db.getConnection()) {
            calibration = calibration(c, calibrationEnd.strip(), holdoutEnd.strip());
        } catch (IllegalArgumentException e) {
            model.addAttribute("formError", e.getMessage());
            model.addAttribute("calibrationEnd", calibrationEnd);
            model.addAttribute("holdoutEnd", holdoutEnd);
            return page(model);
        }
        try {
            clv.fit(calibration, who.getName());
        } catch (ClvState.FitBusy e) {
            model.addAttribute("formError", text.getMessage("clv.page.form.busy"));
            return page(model);
        }
        return "redirect:/clv";
    }

    private Calibration calibration(Connection c, String end, String holdout) throws SQLException {
        LocalDate latest = AsOfDate.latestOrderDate(c);
        if (end.isEmpty() && !holdout.isEmpty()) {
            throw new IllegalArgumentException(text.getMessage("clv.bad.holdout.alone"));
        }
        LocalDate calibrationEnd = end.isEmpty() ? latest : date(c, end);
        if (calibrationEnd.isAfter(latest)) {
            throw new IllegalArgumentException(text.getMessage("clv.bad.calibration", new Object[] {calibrationEnd,
                latest}));
        }
        LocalDate holdoutEnd = holdout.isEmpty() ? null : date(c, holdout);
        if (holdoutEnd != null && (!holdoutEnd.isAfter(calibrationEnd) || holdoutEnd.isAfter(latest))) {
            throw new IllegalArgumentException(text.getMessage("clv.bad.holdout", new Object[] {holdoutEnd,
                calibrationEnd, latest}));
        }
        return new Calibration(calibrationEnd, holdoutEnd, clv.settings().zeroOrders());
    }

    private LocalDate date(Connection c, String value) {
        try {
            return AsOfDate.parse(c, value, shop.settings().zone());
        } catch (IllegalArgumentException | SQLException e) {
            throw new IllegalArgumentException(text.getMessage("clv.bad.date", new Object[] {value}), e);
        }
    }
}
