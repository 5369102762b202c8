package hako.web.followups;

import hako.followups.CareCustomer;
import hako.followups.IndividualCare;
import hako.web.ShopState;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** TOP1% individual care: R, last contact, next step and the staff member in charge, assignable in place. */
@Controller
class CareController {

    private final DataSource db;
    private final ShopState shop;

    CareController(DataSource db, ShopState shop) {
        this.db = db;
        this.shop = shop;
    }

    @GetMapping("/followups/care")
    String care(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                Model model) throws SQLException {
        if (shop.latestOrderDate().isEmpty()) {
            return "redirect:/";
        }
        LocalDate date = shop.asOf(asOf);
        try (Connection c = db.getConnection()) {
            model.addAttribute("care", IndividualCare.list(c, date, shop.settings().rules()));
        }
        model.addAttribute("asOf", date);
        model.addAttribute("latest", shop.latestOrderDate().orElseThrow());
        return "followups/care";
    }

    /** Puts a staff member in charge, or nobody when {@code staff} is blank; answers the customer's row. */
    @PostMapping("/followups/care/staff")
    String assign(@RequestParam String customerId, @RequestParam(defaultValue = "") String staff,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                  Authentication who, Model model) throws SQLException {
        LocalDate date = shop.asOf(asOf);
        try (Connection c = db.getConnection()) {
            row(c, customerId, date);
            if (staff.isBlank()) {
                IndividualCare.clear(c, customerId);
            } else {
                IndividualCare.assign(c, customerId, staff, who.getName());
            }
            model.addAttribute("k", row(c, customerId, date));
        }
        model.addAttribute("asOf", date);
        return "followups/care :: row";
    }

    private CareCustomer row(Connection c, String customerId, LocalDate asOf) throws SQLException {
        return IndividualCare.list(c, asOf, shop.settings().rules()).stream()
                .filter(x -> x.customerId().equals(customerId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("customer \"" + customerId
                        + "\" is not in the TOP1% on " + asOf));
    }
}
