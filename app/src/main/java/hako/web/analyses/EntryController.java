package hako.web.analyses;

import hako.analyses.Analysis;
import hako.analyses.ItemLevel;
import hako.analyses.entry.EntryProduct;
import hako.analyses.entry.EntryProducts;
import hako.analyses.entry.EntrySort;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Entry products (DOMAIN.md step 10): which first-purchase products make loyal customers. */
@Controller
class EntryController {

    /** Entries drawn in the chart: the most common. */
    static final int CHARTED = 15;

    private final AnalysisPage page;

    EntryController(AnalysisPage page) {
        this.page = page;
    }

    @GetMapping("/analyses/entry")
    String entry(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                 @RequestParam(defaultValue = "product") String level, @RequestParam(defaultValue = "ltv12") String sort,
                 @RequestParam(defaultValue = "true") boolean desc, Locale locale, Model model) throws SQLException {
        if (!page.hasOrders()) {
            return "redirect:/";
        }
        LocalDate date = page.frame(model, "entry", Analysis.ENTRY_PRODUCTS, asOf, locale);
        ItemLevel l = ItemLevel.ofKey(level);
        EntrySort by = EntrySort.ofKey(sort);
        Optional<EntryProducts> read = page.result(model, date, List.of("entry", date, l),
                c -> EntryProducts.read(c, date, l, EntryProducts.TOP, EntryProducts.MIN_CUSTOMERS));
        if (read.isEmpty()) {
            return AnalysisPage.COMPUTING;
        }
        EntryProducts e = read.get();
        model.addAttribute("entries", e.sorted(by, desc));
        model.addAttribute("result", e);
        model.addAttribute("level", l);
        model.addAttribute("levels", ItemLevel.values());
        model.addAttribute("sort", by);
        model.addAttribute("desc", desc);
        model.addAttribute("sorts", EntrySort.values());
        model.addAttribute("minCustomers", EntryProducts.MIN_CUSTOMERS);
        model.addAttribute("chart", page.json(chart(e)));
        return "analyses/entry";
    }

    /** The 12-month LTV of the most common entries, the flagged ones in gold. */
    private static Map<String, Object> chart(EntryProducts e) {
        List<EntryProduct> common = e.sorted(EntrySort.CUSTOMERS, true).stream()
                .filter(x -> x.ltv12() != null).limit(CHARTED).toList();
        List<Object> values = common.stream().map(x -> {
            Map<String, Object> bar = new LinkedHashMap<>();
            bar.put("value", x.ltv12().setScale(0, RoundingMode.HALF_UP).longValue());
            bar.put("itemStyle", Map.of("color", x.top() ? "#b8860b" : Chart.BRAND));
            return (Object) bar;
        }).toList();
        return Chart.bars(common.stream().map(x -> x.label() == null ? x.item() : x.label()).toList(), values, "",
                List.of());
    }
}
