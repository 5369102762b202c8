package hako.web.analyses;

import hako.analyses.cohorts.AcquisitionCost;
import hako.analyses.cohorts.CohortCell;
import hako.analyses.cohorts.CohortSummary;
import hako.analyses.cohorts.Cohorts;
import hako.analyses.cohorts.CpoMonth;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The cohorts page's charts: two heatmaps (months 1–24), LTV components per cohort, CPO against LTV. */
@Component
class CohortCharts {

    /** Cohorts shown in the heatmaps: the newest three years. */
    static final int COHORTS_SHOWN = 36;

    private final MessageSource messages;

    CohortCharts(MessageSource messages) {
        this.messages = messages;
    }

    Map<String, Object> continuation(Cohorts cohorts, AnalysisLinks links, Locale locale) {
        return heat(cohorts, links, c -> Math.round(c.continuation() * 1000) / 10.0, "%", locale);
    }

    Map<String, Object> ltv(Cohorts cohorts, AnalysisLinks links, Locale locale) {
        return heat(cohorts, links, c -> c.ltv().setScale(0, RoundingMode.HALF_UP).doubleValue(), "", locale);
    }

    private Map<String, Object> heat(Cohorts cohorts, AnalysisLinks links, ToDoubleFunction<CohortCell> value,
                                     String unit, Locale locale) {
        List<YearMonth> rows = shown(cohorts);
        List<String> columns = new ArrayList<>();
        for (int m = 1; m <= cohorts.months(); m++) {
            columns.add(Integer.toString(m));
        }
        List<Object[]> cells = new ArrayList<>();
        double min = Double.MAX_VALUE;
        double max = 0;
        for (CohortCell cell : cohorts.cells()) {
            int row = rows.indexOf(cell.cohort());
            if (row < 0 || (cell.monthNo() == 1 && "%".equals(unit))) {
                continue;
            }
            double v = value.applyAsDouble(cell);
            cells.add(new Object[] {cell.monthNo() - 1, row, v});
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        List<String> rowLinks = rows.stream().map(links::cohort).toList();
        return Chart.heatmap(columns, rows.stream().map(YearMonth::toString).toList(), cells,
                cells.isEmpty() ? 0 : min, max, text("analyses.cohorts.month_no", locale), unit, rowLinks);
    }

    /** The newest cohorts first. */
    private static List<YearMonth> shown(Cohorts cohorts) {
        List<YearMonth> all = cohorts.summaries().stream().map(CohortSummary::cohort).sorted().toList();
        List<YearMonth> kept = new ArrayList<>(all.subList(Math.max(0, all.size() - COHORTS_SHOWN), all.size()));
        java.util.Collections.reverse(kept);
        return kept;
    }

    /** 12-month LTV and unit price per cohort, in yen. */
    Map<String, Object> components(Cohorts cohorts, Locale locale) {
        List<CohortSummary> s = cohorts.summaries();
        return Chart.xy(s.stream().map(x -> x.cohort().toString()).toList(), List.of(
                new Chart.Series(text("analyses.cohorts.ltv12", locale), "line",
                        s.stream().map(x -> yen(x.ltv12())).toList()),
                new Chart.Series(text("analyses.cohorts.unit_price", locale), "line",
                        s.stream().map(x -> yen(x.unitPrice())).toList())),
                text("analyses.yen", locale), null, "");
    }

    /** Continuation and churn over months 2–12 per cohort, in %. */
    Map<String, Object> rates(Cohorts cohorts, Locale locale) {
        List<CohortSummary> s = cohorts.summaries();
        return Chart.xy(s.stream().map(x -> x.cohort().toString()).toList(), List.of(
                new Chart.Series(text("analyses.cohorts.continuation", locale), "line",
                        s.stream().map(x -> Math.round(x.continuation() * 1000) / 10.0).toList()),
                new Chart.Series(text("analyses.cohorts.churn", locale), "line",
                        s.stream().map(x -> Math.round(x.churn() * 1000) / 10.0).toList())),
                "%", null, "%");
    }

    /** CPO per month as bars (red where it leaks) against the 12-month LTV as a line. */
    Map<String, Object> cpo(AcquisitionCost cost, Locale locale) {
        List<Object> bars = new ArrayList<>();
        for (CpoMonth m : cost.months()) {
            Map<String, Object> bar = new LinkedHashMap<>();
            bar.put("value", m.cpo() == null ? null : yen(m.cpo()));
            bar.put("itemStyle", Map.of("color", m.leaks() ? Chart.DOWN : Chart.BRAND));
            bars.add(bar);
        }
        return Chart.xy(cost.months().stream().map(m -> m.month().toString()).toList(), List.of(
                new Chart.Series("CPO", "bar", bars),
                new Chart.Series(text("analyses.cohorts.ltv12", locale), "line",
                        cost.months().stream().map(m -> m.ltv12() == null ? null : yen(m.ltv12())).toList())),
                text("analyses.yen", locale), null, "");
    }

    private static Long yen(BigDecimal v) {
        return v == null ? null : v.setScale(0, RoundingMode.HALF_UP).longValue();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
