package hako.web.customers;

import hako.clv.StoredScores;
import hako.customers.CustomerHistory;
import hako.customers.CustomerProfile;
import hako.delivery.MessageLog;
import hako.followups.ContactLog;
import hako.segments.Member;
import hako.segments.Members;
import hako.web.ShopState;
import hako.web.clv.ClvState;
import hako.web.security.CurrentUser;
import jakarta.servlet.http.HttpServletResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * One customer: metrics at the as-of date, tier, cluster and stage, the order timeline, and the
 * master data the reader's role allows. The id travels as a query parameter ({@code /customers/view?id=})
 * because ids may be emails or hold spaces and slashes; {@code /customers/{id}} works for simple ids.
 */
@Controller
class CustomerPageController {

    /** Orders shown on the timeline; a note says when a customer has more. */
    static final int TIMELINE_MAX = 200;
    /** Automated messages listed on the page, newest first. */
    static final int MESSAGES_MAX = 100;

    private final DataSource db;
    private final ShopState shop;
    private final MessageSourceAccessor text;
    private final ClvState clv;

    CustomerPageController(DataSource db, ShopState shop, ClvState clv, MessageSource messages) {
        this.db = db;
        this.shop = shop;
        this.clv = clv;
        this.text = new MessageSourceAccessor(messages);
    }

    @GetMapping("/customers/view")
    String view(@RequestParam(defaultValue = "") String id, @RequestParam(required = false) String asOf,
                Authentication who, Model model, HttpServletResponse response) throws SQLException {
        if (shop.latestOrderDate().isEmpty()) {
            return "redirect:/";
        }
        boolean personal = CurrentUser.seesPersonalData(who);
        try (Connection c = db.getConnection()) {
            LocalDate date = AsOfParam.read(c, asOf, shop, text);
            long customers = shop.numbers(date).summary().customers();
            Member member = id.isEmpty() ? null : Members.find(c, date, id, personal);
            Optional<CustomerProfile> profile = id.isEmpty() ? Optional.empty() : CustomerProfile.find(c, id);
            long orders = id.isEmpty() ? 0 : CustomerHistory.count(c, id, date);
            model.addAttribute("id", id);
            model.addAttribute("asOf", date);
            if (member == null && profile.isEmpty() && orders == 0) {
                response.setStatus(HttpServletResponse.SC_NOT_FOUND);
                return "customers/missing";
            }
            model.addAttribute("m", member);
            model.addAttribute("profile", profile.map(p -> personal ? p : p.namesOnly()).orElse(null));
            model.addAttribute("orders", CustomerHistory.orders(c, id, date, TIMELINE_MAX));
            model.addAttribute("orderCount", orders);
            model.addAttribute("customers", customers);
            model.addAttribute("contacts", ContactLog.of(c, id, shop.contactDay(date)));
            boolean scored = clv.scores(date);
            model.addAttribute("scored", scored);
            model.addAttribute("score", scored ? StoredScores.of(c, date, List.of(id)).get(id) : null);
            model.addAttribute("clv", clv.status());
            model.addAttribute("messages", MessageLog.of(c, id, MESSAGES_MAX, shop.settings().zone(),
                    shop.settings().delivery().attributionDays()));
        }
        model.addAttribute("personal", personal);
        model.addAttribute("rules", shop.settings().rules());
        model.addAttribute("zone", shop.settings().zone());
        model.addAttribute("latest", shop.latestOrderDate().orElseThrow());
        return "customers/customer";
    }

    /** For simple ids typed or linked by hand; the list links to {@link #view}. */
    @GetMapping("/customers/{id}")
    String byPath(@PathVariable String id, @RequestParam(required = false) String asOf, Authentication who,
                  Model model, HttpServletResponse response) throws SQLException {
        return view(id, asOf, who, model, response);
    }
}
