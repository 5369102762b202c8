package hako.web.customers;

import hako.analyses.facts.AnalysisFacts;
import hako.analyses.groups.CustomerGroup;
import hako.audit.AuditLog;
import hako.clv.ChurnRisk;
import hako.customers.Cluster;
import hako.customers.Stage;
import hako.segments.Member;
import hako.segments.MemberExport;
import hako.segments.MemberQuery;
import hako.segments.Members;
import hako.web.ShopState;
import hako.web.clv.ClvState;
import hako.web.security.CurrentUser;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The customer list and its CSV export. Both read the stored snapshot: a page with one query and a
 * remembered count, the export with one DuckDB COPY, so they stay fast at a million customers. Every
 * export is written to the audit log before the first row leaves, so an aborted download is still on record.
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
            model.addAttribute("scores", scored ? members.stream().filter(m -> m.score() != null)
                    .collect(Collectors.toMap(Member::customerId, Member::score)) : Map.of());
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

    /**
     * Admins and marketers only (SecurityConfig); checked again here so the rule holds if the URL moves. DuckDB
     * writes the rows to a temporary file first, so the audit entry carries the exact row count and is on
     * record before the first row leaves; then the header and the file are sent.
     */
    @GetMapping("/customers/export")
    void export(FilterParams params, RowParams row, Authentication who, HttpServletResponse response)
            throws SQLException, IOException {
        if (!CurrentUser.seesPersonalData(who)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Path rows = Files.createTempFile("hako-customers-", ".csv");
        try {
            ListFilter filter;
            boolean scored;
            try (Connection c = db.getConnection()) {
                filter = filter(c, params, row);
                scored = clv.scores(filter.asOf());
                long n = MemberExport.csv(c, filter.query(true), filter.sort(), scored, CustomerCsv.labels(text),
                        rows);
                String detail = filter.describe(shop.settings().language()) + " · as of " + filter.asOf()
                        + " · sort " + filter.sort().key();
                AuditLog.record(c, who.getName(), AuditLog.EXPORT_CUSTOMERS, detail, n);
            }
            response.setContentType("text/csv;charset=UTF-8");
            response.setHeader("Content-Disposition", "attachment; filename=\"customers-" + filter.asOf() + ".csv\"");
            response.setHeader("Cache-Control", "no-store");
            byte[] header = CustomerCsv.header(text, scored);
            response.setContentLengthLong(header.length + Files.size(rows));
            OutputStream out = response.getOutputStream();
            out.write(header);
            Files.copy(rows, out);
            out.flush();
        } finally {
            Files.deleteIfExists(rows);
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
