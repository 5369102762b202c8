package hako.board;

import hako.customers.MetricRules;
import hako.customers.MetricSnapshot;
import hako.customers.ShopSummary;
import hako.customers.Stage;
import hako.store.Sql;
import hako.store.Variables;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the board shows in numbers at an as-of date: the KPIs, each stage's live count and
 * sales share, the change since a month earlier and how customers moved between stages in that month.
 *
 * @param previousAsOf       one month before {@code asOf}: the date changes and flows are measured from
 * @param monthSales         purchases (all orders, also those naming no customer) from the first of the
 *                           as-of month to the as-of date
 * @param monthSalesLastYear the same days one year earlier
 */
public record BoardNumbers(LocalDate asOf, LocalDate previousAsOf, MetricSnapshot snapshot,
                           Map<Stage, StageNumbers> stages, List<StageFlow> flows, BigDecimal monthSales,
                           BigDecimal monthSalesLastYear) {

    public ShopSummary summary() {
        return snapshot.summary();
    }

    /**
     * Takes (and stores) the snapshots at {@code asOf} and a month before, and computes the board's
     * numbers from them.
     */
    public static BoardNumbers compute(Connection c, LocalDate asOf, MetricRules rules) throws SQLException {
        LocalDate previous = asOf.minusMonths(1);
        MetricSnapshot.take(c, previous, rules);
        MetricSnapshot now = MetricSnapshot.take(c, asOf, rules);
        Variables.set(c, "hako_previous_as_of", "DATE", previous.toString());
        Map<Stage, StageNumbers> stages = stages(c, now.summary().customers());
        List<StageFlow> flows = flows(c);
        try (PreparedStatement p = c.prepareStatement(Sql.load(BoardNumbers.class, "month_sales.sql"));
             ResultSet r = p.executeQuery()) {
            r.next();
            return new BoardNumbers(asOf, previous, now, stages, flows, r.getBigDecimal("this_year"),
                    r.getBigDecimal("last_year"));
        }
    }

    /** Change of this month's sales against the same days a year earlier, or null without last year's. */
    public Double monthSalesChange() {
        if (monthSalesLastYear.signum() == 0) {
            return null;
        }
        return monthSales.doubleValue() / monthSalesLastYear.doubleValue() - 1;
    }

    /** Flows between two different stages, and new customers, largest first. */
    public List<StageFlow> moves() {
        return flows.stream().filter(f -> f.from() != f.to()).sorted((a, b) -> Long.compare(b.customers(), a.customers()))
                .toList();
    }

    /** Customers who came into {@code stage} in the month (new ones included), largest source first. */
    public List<StageFlow> inflows(Stage stage) {
        return moves().stream().filter(f -> f.to() == stage).toList();
    }

    /** Customers who left {@code stage} for another in the month, largest destination first. */
    public List<StageFlow> outflows(Stage stage) {
        return moves().stream().filter(f -> f.from() == stage).toList();
    }

    /** Customers whose first purchase came in the month. */
    public long newCustomers() {
        return flows.stream().filter(StageFlow::isNew).mapToLong(StageFlow::customers).sum();
    }

    public long inflow(Stage stage) {
        return inflows(stage).stream().mapToLong(StageFlow::customers).sum();
    }

    public long outflow(Stage stage) {
        return outflows(stage).stream().mapToLong(StageFlow::customers).sum();
    }

    /** Customers of {@code to} who were in {@code from} a month earlier (null from: new). */
    public long flow(Stage from, Stage to) {
        return flows.stream().filter(f -> f.from() == from && f.to() == to).mapToLong(StageFlow::customers).sum();
    }

    private static Map<Stage, StageNumbers> stages(Connection c, long customers) throws SQLException {
        Map<Stage, StageNumbers> stages = new EnumMap<>(Stage.class);
        try (PreparedStatement p = c.prepareStatement(Sql.load(BoardNumbers.class, "stage_numbers.sql"));
             ResultSet r = p.executeQuery()) {
            List<Object[]> rows = new ArrayList<>();
            BigDecimal total = BigDecimal.ZERO;
            while (r.next()) {
                BigDecimal sales = r.getBigDecimal("sales_12_months");
                total = total.add(sales);
                rows.add(new Object[] {Stage.ofKey(r.getString("stage")), r.getLong("customers"),
                    r.getLong("customers_month_ago"), sales});
            }
            for (Object[] row : rows) {
                long n = (Long) row[1];
                BigDecimal sales = (BigDecimal) row[3];
                stages.put((Stage) row[0], new StageNumbers(n, (Long) row[2], customers == 0 ? 0 : (double) n / customers,
                        sales, total.signum() == 0 ? 0 : sales.doubleValue() / total.doubleValue()));
            }
        }
        return stages;
    }

    private static List<StageFlow> flows(Connection c) throws SQLException {
        List<StageFlow> flows = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(Sql.load(BoardNumbers.class, "stage_flows.sql"));
             ResultSet r = p.executeQuery()) {
            while (r.next()) {
                String from = r.getString("from_stage");
                flows.add(new StageFlow(from == null ? null : Stage.ofKey(from), Stage.ofKey(r.getString("to_stage")),
                        r.getLong("customers")));
            }
        }
        return flows;
    }
}
