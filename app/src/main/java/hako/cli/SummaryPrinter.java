package hako.cli;

import hako.customers.Cluster;
import hako.customers.MetricRules;
import hako.customers.ShopSummary;
import hako.customers.Stage;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Renders a {@link ShopSummary} as terminal tables, Japanese or English. */
final class SummaryPrinter {

    private final Locale locale;
    private final MetricRules rules;
    private final ResourceBundle text;
    private boolean cents;

    SummaryPrinter(Locale locale, MetricRules rules) {
        this.locale = locale;
        this.rules = rules;
        this.text = ResourceBundle.getBundle("hako.cli.messages", locale);
    }

    String render(ShopSummary s) {
        cents = !whole(s.sales()) || !whole(s.unattributedSales())
                || s.clusters().values().stream().anyMatch(g -> !whole(g.sales()));
        StringBuilder b = new StringBuilder();
        b.append(t("summary.title", s.asOf())).append("\n\n");
        TextTable kpis = new TextTable("", "", "").alignRight(1);
        kpis.row(t("summary.customers"), count(s.customers()), "");
        kpis.row(t("summary.orders"), count(s.orders()), "");
        kpis.row(t("summary.sales"), money(s.sales()), "");
        kpis.row(t("summary.repeat_rate"), percent(s.repeatRate()), "");
        kpis.row(t("summary.f2_rate"), percent(s.f2Rate()),
                t("summary.f2_note", rules.f2WindowDays(), count(s.f2Eligible()), s.f2Eligible()));
        kpis.row(t("summary.average_frequency"), String.format(Locale.ROOT, "%.2f", s.averageFrequency()), "");
        kpis.row(t("summary.aov"), String.format(Locale.ROOT, "%,.2f", s.averageOrderValue()), "");
        kpis.row(t("summary.dormant", rules.dormantDays()), count(s.dormant()), "");
        if (s.unattributedOrders() > 0) {
            kpis.row(t("summary.unattributed"), count(s.unattributedOrders()),
                    t("summary.unattributed_note", money(s.unattributedSales()), s.unattributedOrders()));
        }
        b.append(withoutHeader(kpis.render())).append('\n');
        TextTable clusters = groupTable(t("summary.clusters"));
        for (Cluster c : Cluster.values()) {
            addGroup(clusters, c.label(locale) + " (" + c.key() + ")", s, s.clusters().get(c));
        }
        b.append(clusters.render()).append('\n');
        TextTable stages = groupTable(t("summary.stages"));
        for (Stage st : Stage.values()) {
            addGroup(stages, st.label(locale) + " (" + st.key() + ")", s, s.stages().get(st));
        }
        b.append(stages.render());
        b.append("  ").append(t("summary.dormant_of_churn", rules.dormantDays(), count(s.dormant()))).append('\n');
        return b.toString();
    }

    private TextTable groupTable(String title) {
        return new TextTable(title, t("summary.count"), t("summary.share"), t("summary.sales_column"),
                t("summary.sales_share")).alignRight(1, 2, 3, 4);
    }

    private void addGroup(TextTable table, String label, ShopSummary s, ShopSummary.Group g) {
        table.row(label, count(g.customers()), percent(s.share(g)), money(g.sales()), percent(s.salesShare(g)));
    }

    private static String withoutHeader(String table) {
        return table.substring(table.indexOf('\n', table.indexOf('\n') + 1) + 1);
    }

    private String t(String key, Object... args) {
        return new MessageFormat(text.getString(key), Locale.ROOT).format(args);
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String percent(double ratio) {
        return String.format(Locale.ROOT, "%.1f%%", ratio * 100);
    }

    /** Amounts with two decimals, unless every amount in the report is whole (a yen shop). */
    private String money(BigDecimal amount) {
        return String.format(Locale.ROOT, cents ? "%,.2f" : "%,.0f", amount);
    }

    private static boolean whole(BigDecimal amount) {
        return amount.stripTrailingZeros().scale() <= 0;
    }
}
