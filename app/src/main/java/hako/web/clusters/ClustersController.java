package hako.web.clusters;

import hako.clusters.Band;
import hako.clusters.ClusterTable;
import hako.clusters.Distributions;
import hako.clusters.RfmHeatmap;
import hako.customers.MetricRules;
import hako.web.Fmt;
import hako.web.ShopState;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.ObjectMapper;

/** The clusters page: the six clusters, the R × F heatmap and the F, M and R distributions at an as-of date. */
@Controller
class ClustersController {

    private final DataSource db;
    private final ShopState shop;
    private final MessageSource messages;
    private final Fmt fmt;
    private final ObjectMapper json;

    ClustersController(DataSource db, ShopState shop, MessageSource messages, Fmt fmt, ObjectMapper json) {
        this.db = db;
        this.shop = shop;
        this.messages = messages;
        this.fmt = fmt;
        this.json = json;
    }

    @GetMapping("/clusters")
    String clusters(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                    Locale locale, Model model) throws SQLException {
        Optional<LocalDate> latest = shop.latestOrderDate();
        if (latest.isEmpty()) {
            return "redirect:/";
        }
        LocalDate date = shop.asOf(asOf);
        shop.numbers(date);
        MetricRules rules = shop.settings().rules();
        ClusterTable table;
        RfmHeatmap heatmap;
        Distributions distributions;
        try (Connection c = db.getConnection()) {
            table = ClusterTable.read(c, date);
            heatmap = RfmHeatmap.read(c, date, rules);
            distributions = Distributions.read(c, date, rules);
        }
        CustomerLinks links = new CustomerLinks(date);
        ClusterCharts charts = new ClusterCharts(messages, locale, fmt, links);
        model.addAttribute("table", table);
        model.addAttribute("heatmap", heatmap);
        model.addAttribute("rules", rules);
        model.addAttribute("links", links);
        model.addAttribute("asOf", date);
        model.addAttribute("latest", latest.get());
        if (rules.churnDays() > rules.acquisitionDays()) {
            Band recency = new Band(rules.acquisitionDays() + 1L, (long) rules.churnDays());
            Band repeat = new Band(2, null);
            model.addAttribute("followUp", heatmap.within(recency, repeat));
            model.addAttribute("followUpFrom", recency.low());
            model.addAttribute("followUpTo", recency.high());
            model.addAttribute("followUpLink", links.cell(recency, repeat));
        }
        model.addAttribute("heatmapChart", json.writeValueAsString(charts.heatmap(heatmap)));
        model.addAttribute("frequencyChart", json.writeValueAsString(charts.frequency(distributions)));
        model.addAttribute("monetaryChart", json.writeValueAsString(charts.monetary(distributions)));
        model.addAttribute("recencyChart", json.writeValueAsString(charts.recency(distributions)));
        return "clusters/clusters";
    }
}
