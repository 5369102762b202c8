package hako.web.customers;

import hako.analyses.facts.AnalysisFacts;
import hako.analyses.groups.CustomerGroup;
import hako.audit.AuditLog;
import hako.clv.ChurnRisk;
import hako.clv.StoredScores;
import hako.customers.Cluster;
import hako.customers.Stage;
import hako.segments.Member;
import hako.segments.MemberQuery;
import hako.segments.Members;
import hako.web.ShopState;
import hako.web.clv.ClvState;
import hako.web.security.CurrentUser;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The customer list and its CSV export. Both read the stored snapshot with one paged query and one
 * count (the export streams), so they stay fast at a million customers. Every export is written to
 * the audit log before the first row leaves, so a failed or aborted download is still on record.
 */
@Controller
class CustomerListController {

    private final DataSource db;
    private final ShopState shop;
    private final MessageSourceAccessor text;
    private final ClvState clv;

    CustomerListController(DataSource db, ShopState shop, ClvState clv, MessageSource messages) {
        this.db = db;
        this.shop = shop;
        this.clv = clv;
        this.text = new MessageSourceAccessor(messages);
    }

    @GetMapping("/customers")
    String list(FilterParams params, RowParams row, Authentication who, Model model) throws SQLException {
        if (shop.latestOrderDate().isEmpty()) {
            return "redirect:/";
        }
        boolean personal = CurrentUser.seesPersonalData(who);
        try (Connection c = db.getConnection()) {
            ListFilter filter = filter(c, params, row);
            boolean scored = clv.scores(filter.asOf());
            MemberQuery query = filter.query(personal);
            Pager pager = Pager.of(shop.count(query), filter.page(), ListFilter.PAGE_SIZE);
            filter = filter.onPage(pager.page());
            List<Member> members = Members.page(c, query, filter.sort(), pager.offset(), ListFilter.PAGE_SIZE, personal);
            model.addAttribute("members", members);
            model.addAttribute("scores", scored
                    ? StoredScores.of(c, filter.asOf(), members.stream().map(Member::customerId).toList()) : Map.of());
            model.addAttribute("scored", scored);
            model.addAttribute("clv", clv.status());
            model.addAttribute("filter", filter);
            model.addAttribute("pager", pager);
        }
        model.addAttribute("personal", personal);
        model.addAttribute("latest", shop.latestOrderDate().orElseThrow());
        model.addAttribute("stages", Stage.values());
        model.addAttribute("clusters", Cluster.values());
        model.addAttribute("tiers", new Cluster[] {Cluster.TOP1, Cluster.TOP10, Cluster.TOP20});
        model.addAttribute("groups", CustomerGroup.values());
        model.addAttribute("risks", ChurnRisk.values());
        return "customers/list";
    }

    /** Admins and marketers only (SecurityConfig); checked again here so the rule holds if the URL moves. */
    @GetMapping("/customers/export")
    void export(FilterParams params, RowParams row, Authentication who, HttpServletResponse response)
            throws SQLException, IOException {
        if (!CurrentUser.seesPersonalData(who)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        try (Connection c = db.getConnection()) {
            ListFilter filter = filter(c, params, row);
            MemberQuery query = filter.query(true);
            String detail = filter.describe(shop.settings().language()) + " · as of " + filter.asOf()
                    + " · sort " + filter.sort().key();
            AuditLog.record(c, who.getName(), AuditLog.EXPORT_CUSTOMERS, detail, Members.count(c, query));
            response.setContentType("text/csv;charset=UTF-8");
            response.setHeader("Content-Disposition", "attachment; filename=\"customers-" + filter.asOf() + ".csv\"");
            response.setHeader("Cache-Control", "no-store");
            try (Writer w = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(),
                    StandardCharsets.UTF_8), 1 << 16)) {
                boolean scored = clv.scores(filter.asOf());
                CustomerCsv csv = new CustomerCsv(w, text, scored);
                csv.header();
                if (scored) {
                    Members.forEachScored(c, query, filter.sort(), true, csv::row);
                } else {
                    Members.forEach(c, query, filter.sort(), true, csv::row);
                }
            }
        }
    }

    private ListFilter filter(Connection c, FilterParams params, RowParams row) throws SQLException {
        LocalDate asOf = AsOfParam.read(c, params.asOf(), shop, text);
        ListFilter filter = params.read(asOf, text).withRow(row.read(text));
        if (filter.segment().row() != null) {
            AnalysisFacts.ensure(c, asOf);
        }
        shop.numbers(asOf);
        if (filter.segment().group() != null) {
            shop.groups(asOf);
        }
        clv.scores(asOf);
        return filter;
    }
}
