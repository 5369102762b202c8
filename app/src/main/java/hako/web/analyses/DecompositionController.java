package hako.web.analyses;

import hako.analyses.Analysis;
import hako.analyses.AnalysisQuery;
import hako.analyses.decomposition.Buyers;
import hako.analyses.decomposition.DecompositionRow;
import hako.analyses.decomposition.Factor;
import hako.analyses.decomposition.SalesDecomposition;
import hako.web.Fmt;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Sales = customers × frequency × unit price, month by month against a year earlier (DOMAIN.md step 9). */
@Controller
class DecompositionController {

    /** Months shown: two years up to the as-of month. */
    static final int MONTHS = 24;
    private static final List<Factor> CHARTED = List.of(Factor.CUSTOMERS, Factor.FREQUENCY, Factor.UNIT_PRICE, Factor.SALES);

    private final AnalysisPage page;
    private final MessageSource messages;
    private final Fmt fmt;

    DecompositionController(AnalysisPage page, MessageSource messages, Fmt fmt) {
        this.fmt = fmt;
        this.page = page;
        this.messages = messages;
    }

    @GetMapping("/analyses")
    String analyses() {
        return "redirect:/analyses/decomposition";
    }

    @GetMapping("/analyses/decomposition")
    String decomposition(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                         @RequestParam(defaultValue = "all") String buyers, Locale locale, Model model)
            throws SQLException {
        if (!page.hasOrders()) {
            return "redirect:/";
        }
        LocalDate date = page.frame(model, "decomposition", Analysis.DECOMPOSITION, asOf, locale);
        Buyers shown = Buyers.ofKey(buyers);
        Optional<SalesDecomposition> read = page.result(model, date, List.of("decomposition", date), c -> {
            YearMonth to = YearMonth.from(date);
            YearMonth first = YearMonth.from(AnalysisQuery.firstPurchase(c, date));
            YearMonth from = to.minusMonths(MONTHS - 1L).isBefore(first) ? first : to.minusMonths(MONTHS - 1L);
            return SalesDecomposition.read(c, date, from, to);
        });
        if (read.isEmpty()) {
            return AnalysisPage.COMPUTING;
        }
        SalesDecomposition d = read.get();
        List<DecompositionRow> rows = d.of(shown);
        model.addAttribute("buyers", shown);
        model.addAttribute("allBuyers", Buyers.values());
        model.addAttribute("factors", CHARTED);
        model.addAttribute("rows", newestFirst(rows));
        model.addAttribute("newRows", newestFirst(d.of(Buyers.NEW)));
        model.addAttribute("existingRows", newestFirst(d.of(Buyers.EXISTING)));
        model.addAttribute("latestRow", rows.get(rows.size() - 1));
        model.addAttribute("chart", page.json(chart(rows, locale)));
        model.addAttribute("ft", new FactorText(fmt));
        model.addAttribute("salesFactor", Factor.SALES);
        return "analyses/decomposition";
    }

    static <T> List<T> newestFirst(List<T> rows) {
        List<T> r = new ArrayList<>(rows);
        java.util.Collections.reverse(r);
        return r;
    }

    private java.util.Map<String, Object> chart(List<DecompositionRow> rows, Locale locale) {
        List<String> months = rows.stream().map(r -> r.month().toString()).toList();
        List<Chart.Series> series = new ArrayList<>();
        for (Factor f : CHARTED) {
            List<Double> ratios = rows.stream().map(r -> r.ratio(f) == null ? null
                    : Math.round(r.ratio(f) * 1000) / 10.0).toList();
            series.add(new Chart.Series(messages.getMessage("analyses.factor." + f.key(), null, locale), "line", ratios));
        }
        return Chart.xy(months, series, messages.getMessage("analyses.decomposition.axis", null, locale), 100.0, "%");
    }
}
