package hako.analyses;

import static org.assertj.core.api.Assertions.assertThat;

import hako.analyses.behaviour.Behaviour;
import hako.analyses.behaviour.BehaviourRules;
import hako.analyses.behaviour.BehaviourSegments;
import hako.analyses.cohorts.CohortCell;
import hako.analyses.cohorts.CohortSummary;
import hako.analyses.cohorts.Cohorts;
import hako.analyses.decomposition.Buyers;
import hako.analyses.decomposition.DecompositionRow;
import hako.analyses.decomposition.SalesDecomposition;
import hako.analyses.entry.EntryProduct;
import hako.analyses.entry.EntryProducts;
import hako.analyses.journey.Journey;
import hako.analyses.journey.JourneyNode;
import hako.customers.MetricRules;
import hako.imports.ImportOptions;
import hako.imports.ImportProgress;
import hako.imports.Importer;
import hako.store.ShopDatabase;
import hako.testing.SharedData;
import hako.testing.SimpleCsv;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * UCI Online Retail at 2011-12-09: every analysis against the same figures computed here in plain
 * Java straight from the CSV (invoices with a customer and net amount &gt; 0 are purchases).
 */
class OnlineRetailAnalysesTest {

    static final Path FILE = SharedData.file("online-retail/online_retail.csv");
    static final LocalDate AS_OF = LocalDate.of(2011, 12, 9);

    record Line(String code, BigDecimal quantity, BigDecimal amount) {
    }

    record Purchase(String invoice, String customer, LocalDateTime at, BigDecimal amount, List<Line> lines) {
        LocalDate date() {
            return at.toLocalDate();
        }
    }

    @TempDir
    static Path dir;
    static Connection db;
    static List<Purchase> purchases;
    static Map<String, List<Purchase>> byCustomer;

    @BeforeAll
    static void importAndRead() throws Exception {
        db = ShopDatabase.open(dir.resolve("retail.duckdb"));
        new Importer(db, ImportOptions.defaults(ZoneId.of("Asia/Tokyo"))).run(List.of(FILE), ImportProgress.NONE);
        Map<String, Purchase> invoices = new LinkedHashMap<>();
        DateTimeFormatter format = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
        for (String[] r : SimpleCsv.records(FILE)) {
            BigDecimal qty = new BigDecimal(r[3]);
            BigDecimal value = qty.multiply(new BigDecimal(r[5]));
            Purchase p = invoices.computeIfAbsent(r[0], k -> new Purchase(k, r[6], LocalDateTime.parse(r[4], format),
                    BigDecimal.ZERO, new ArrayList<>()));
            p.lines().add(new Line(r[1], qty, value.setScale(2, RoundingMode.HALF_UP)));
            invoices.put(r[0], new Purchase(p.invoice(), p.customer(), p.at(), p.amount().add(value), p.lines()));
        }
        purchases = invoices.values().stream()
                .filter(p -> !p.customer().isEmpty() && p.amount().setScale(2, RoundingMode.HALF_UP).signum() > 0)
                .map(p -> new Purchase(p.invoice(), p.customer(), p.at(), p.amount().setScale(2, RoundingMode.HALF_UP),
                        p.lines()))
                .sorted(Comparator.comparing(Purchase::at).thenComparing(Purchase::invoice)).toList();
        byCustomer = purchases.stream().collect(Collectors.groupingBy(Purchase::customer, TreeMap::new, Collectors.toList()));
    }

    @AfterAll
    static void close() throws Exception {
        db.close();
    }

    static LocalDate first(String customer) {
        return byCustomer.get(customer).get(0).date();
    }

    @Test
    void decompositionOfEveryMonth() throws Exception {
        assertThat(purchases).hasSize(18_532);
        SalesDecomposition d = SalesDecomposition.read(db, AS_OF, YearMonth.of(2010, 12), YearMonth.of(2011, 12));
        for (DecompositionRow row : d.rows()) {
            assertThat(List.<Object>of(row.now().customers(), row.now().orders(), row.now().sales()))
                    .as(row.month() + " " + row.buyers().key())
                    .containsExactlyElementsOf(window(row.from(), row.to(), row.month(), row.buyers()));
            assertThat(List.<Object>of(row.yearAgo().customers(), row.yearAgo().orders(), row.yearAgo().sales()))
                    .as(row.month() + " " + row.buyers().key() + " a year earlier")
                    .containsExactlyElementsOf(window(row.yearAgoFrom(), row.yearAgoTo(), row.month().minusYears(1),
                            row.buyers()));
        }
        DecompositionRow december = d.at(YearMonth.of(2011, 12), Buyers.ALL);
        assertThat(december.yearAgoTo()).isEqualTo("2010-12-09");
        assertThat(december.yearAgo().orders()).isPositive();
    }

    /** Customers, orders and sales of a window, as plain Java counts them. */
    static List<Object> window(LocalDate from, LocalDate to, YearMonth month, Buyers buyers) {
        List<Purchase> in = purchases.stream().filter(p -> !p.date().isBefore(from) && !p.date().isAfter(to))
                .filter(p -> buyers == Buyers.ALL || (YearMonth.from(first(p.customer())).equals(month) == (buyers == Buyers.NEW)))
                .toList();
        BigDecimal sales = in.stream().map(Purchase::amount).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
        return List.of(in.stream().map(Purchase::customer).distinct().count(), (long) in.size(), sales);
    }

    @Test
    void cohortCellsAndComponents() throws Exception {
        Cohorts c = Cohorts.read(db, AS_OF, 24);
        Map<YearMonth, Set<String>> members = new TreeMap<>();
        byCustomer.forEach((id, ps) -> members.computeIfAbsent(YearMonth.from(ps.get(0).date()), k -> new HashSet<>()).add(id));
        for (CohortCell cell : c.cells()) {
            Set<String> cohort = members.get(cell.cohort());
            List<Purchase> in = purchases.stream().filter(p -> cohort.contains(p.customer())
                    && YearMonth.from(p.date()).equals(cell.month())).toList();
            BigDecimal cumulative = purchases.stream().filter(p -> cohort.contains(p.customer())
                    && !YearMonth.from(p.date()).isAfter(cell.month())).map(Purchase::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(List.of(cell.customers(), cell.active(), cell.orders(), cell.cumulativeSales()))
                    .as(cell.cohort() + " month " + cell.monthNo())
                    .containsExactly((long) cohort.size(), in.stream().map(Purchase::customer).distinct().count(),
                            (long) in.size(), cumulative.setScale(2));
        }
        assertThat(c.cells()).hasSize(13 * 14 / 2);
        for (CohortSummary s : c.summaries()) {
            Set<String> cohort = members.get(s.cohort());
            long continued = cohort.stream().filter(id -> byCustomer.get(id).stream().anyMatch(p -> {
                long months = ChronoUnit.MONTHS.between(s.cohort(), YearMonth.from(p.date()));
                return months >= 1 && months <= 11;
            })).count();
            assertThat(s.continued()).as(s.cohort().toString()).isEqualTo(continued);
            assertThat(s.complete()).isEqualTo(s.cohort().equals(YearMonth.of(2010, 12)));
        }
    }

    @Test
    void entryProducts() throws Exception {
        EntryProducts e = EntryProducts.read(db, AS_OF, ItemLevel.PRODUCT, 3, 10);
        record Acc(long[] counts, List<Long> days, List<BigDecimal> ltv) {
        }
        Map<String, Acc> expected = new TreeMap<>();
        byCustomer.forEach((id, ps) -> {
            Purchase firstOrder = ps.get(0);
            LocalDate first = firstOrder.date();
            Long second = ps.size() > 1 ? ChronoUnit.DAYS.between(first, ps.get(1).date()) : null;
            boolean eligible = !first.plusMonths(12).isAfter(AS_OF.plusDays(1));
            BigDecimal sales12 = ps.stream().filter(p -> p.date().isBefore(first.plusMonths(12)))
                    .map(Purchase::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            Set<String> items = firstOrder.lines().stream().filter(l -> l.quantity().signum() > 0 && l.amount().signum() >= 0)
                    .map(Line::code).collect(Collectors.toSet());
            for (String item : items) {
                Acc a = expected.computeIfAbsent(item, k -> new Acc(new long[5], new ArrayList<>(), new ArrayList<>()));
                a.counts()[0]++;
                if (!first.isAfter(AS_OF.minusDays(90))) {
                    a.counts()[1]++;
                    a.counts()[2] += second != null && second <= 90 ? 1 : 0;
                }
                if (!first.isAfter(AS_OF.minusDays(180))) {
                    a.counts()[3]++;
                    a.counts()[4] += second != null && second <= 180 ? 1 : 0;
                }
                if (second != null) {
                    a.days().add(second);
                }
                if (eligible) {
                    a.ltv().add(sales12);
                }
            }
        });
        assertThat(e.entries()).extracting(EntryProduct::item).containsExactlyElementsOf(expected.keySet());
        for (EntryProduct p : e.entries()) {
            Acc a = expected.get(p.item());
            assertThat(List.of(p.customers(), p.f2Base90(), p.f2Within90(), p.f2Base180(), p.f2Within180(), p.repeaters(),
                    p.ltvBase())).as(p.item()).containsExactly(a.counts()[0], a.counts()[1], a.counts()[2], a.counts()[3],
                    a.counts()[4], (long) a.days().size(), (long) a.ltv().size());
            if (!a.days().isEmpty()) {
                assertThat(p.averageDaysToSecond()).as(p.item())
                        .isCloseTo(a.days().stream().mapToLong(Long::longValue).average().orElseThrow(),
                                org.assertj.core.api.Assertions.within(1e-9));
            }
            assertThat(p.sales12()).as(p.item()).isEqualByComparingTo(a.ltv().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
        }
        assertThat(e.entries().stream().filter(EntryProduct::top)).hasSize(3);
    }

    @Test
    void journeyNodesOfTheTopOnePercentAndOfRepeaters() throws Exception {
        Journey j = Journey.read(db, AS_OF, MetricRules.DEFAULTS, ItemLevel.PRODUCT, 20);
        List<String> ranked = byCustomer.keySet().stream().sorted(Comparator
                .comparing((String id) -> byCustomer.get(id).stream().map(Purchase::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                .reversed()
                .thenComparing(Comparator.comparingInt((String id) -> byCustomer.get(id).size()).reversed())
                .thenComparing(Comparator.comparing((String id) -> byCustomer.get(id).get(byCustomer.get(id).size() - 1).date()).reversed())
                .thenComparing(Comparator.naturalOrder())).toList();
        Set<String> top = new HashSet<>(ranked.subList(0, (int) Math.ceil(ranked.size() / 100.0)));
        assertThat(j.top1().customers()).isEqualTo(44);
        assertThat(j.top1().nodes()).containsExactlyInAnyOrderElementsOf(nodes(top));
        Set<String> repeaters = byCustomer.keySet().stream().filter(id -> byCustomer.get(id).size() >= 2).collect(Collectors.toSet());
        assertThat(j.repeaters().customers()).isEqualTo(repeaters.size());
        assertThat(j.repeaters().nodes()).containsExactlyInAnyOrderElementsOf(nodes(repeaters));
    }

    /** Nodes (step, main item, customers) of the first four purchases of {@code customers}; labels as Hako's. */
    static List<JourneyNode> nodes(Set<String> customers) throws Exception {
        Map<String, Long> counts = new TreeMap<>();
        for (String id : customers) {
            List<Purchase> ps = byCustomer.get(id);
            for (int step = 1; step <= Math.min(4, ps.size()); step++) {
                Map<String, BigDecimal> items = new TreeMap<>();
                for (Line l : ps.get(step - 1).lines()) {
                    if (l.quantity().signum() > 0 && l.amount().signum() >= 0) {
                        items.merge(l.code(), l.amount(), BigDecimal::add);
                    }
                }
                String main = items.entrySet().stream().max(Map.Entry.<String, BigDecimal>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey).orElse("(none)");
                counts.merge(step + "\t" + main, 1L, Long::sum);
            }
        }
        Map<String, String> labels = labels();
        List<JourneyNode> nodes = new ArrayList<>();
        counts.forEach((k, n) -> {
            String[] v = k.split("\t");
            nodes.add(new JourneyNode(Integer.parseInt(v[0]), v[1], labels.getOrDefault(v[1], v[1]), n));
        });
        return nodes;
    }

    /** The name Hako shows for a product without a products master: its most frequent (ties: smallest). */
    static Map<String, String> labels() throws Exception {
        Map<String, Map<String, Long>> names = new HashMap<>();
        try (var s = db.createStatement(); var r = s.executeQuery("SELECT product_code, product_name FROM order_lines"
                + " WHERE quantity > 0 AND amount >= 0 AND product_name IS NOT NULL")) {
            while (r.next()) {
                names.computeIfAbsent(r.getString(1), k -> new TreeMap<>()).merge(r.getString(2), 1L, Long::sum);
            }
        }
        Map<String, String> labels = new HashMap<>();
        names.forEach((code, counts) -> labels.put(code, counts.entrySet().stream()
                .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .orElseThrow().getKey()));
        return labels;
    }

    @Test
    void behaviourSegmentsWithTheDefaultRules() throws Exception {
        BehaviourRules rules = BehaviourRules.DEFAULTS;
        BehaviourSegments s = BehaviourSegments.read(db, AS_OF, rules);
        Map<Behaviour, List<String>> expected = new HashMap<>();
        byCustomer.forEach((id, ps) -> {
            long recent = ps.stream().filter(p -> p.date().isAfter(AS_OF.minusDays(365))).count();
            if (recent >= rules.heavyOrders()) {
                expected.computeIfAbsent(Behaviour.HEAVY, k -> new ArrayList<>()).add(id);
            }
            if (ps.size() == 1) {
                expected.computeIfAbsent(Behaviour.ONE_TIME, k -> new ArrayList<>()).add(id);
            }
            Map<Integer, List<Purchase>> byMonth = ps.stream().collect(Collectors.groupingBy(p -> p.date().getMonthValue()));
            Comparator<Integer> mostOrders = Comparator.comparingInt(m -> byMonth.get(m).size());
            int peak = byMonth.keySet().stream().max(mostOrders.thenComparing(Comparator.reverseOrder())).orElseThrow();
            long years = byMonth.get(peak).stream().map(p -> p.date().getYear()).distinct().count();
            if (ps.size() >= 2 && years >= rules.seasonalYears() && byMonth.get(peak).size() * 100L >= rules.seasonalPercent() * (long) ps.size()) {
                expected.computeIfAbsent(Behaviour.SEASONAL, k -> new ArrayList<>()).add(id);
            }
            BigDecimal units = ps.stream().flatMap(p -> p.lines().stream()).map(Line::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (units.doubleValue() / ps.size() >= rules.bulkItems()) {
                expected.computeIfAbsent(Behaviour.BULK, k -> new ArrayList<>()).add(id);
            }
        });
        assertThat(s.customers()).isEqualTo(4_338);
        for (Behaviour b : Behaviour.values()) {
            List<String> ids = expected.getOrDefault(b, List.of());
            assertThat(BehaviourSegments.members(db, AS_OF, rules, b)).as(b.key()).containsExactlyElementsOf(ids);
            assertThat(s.of(b).customers()).as(b.key()).isEqualTo(ids.size());
            assertThat(s.of(b).sales()).as(b.key()).isEqualByComparingTo(ids.stream().flatMap(id -> byCustomer.get(id).stream())
                    .map(Purchase::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
        }
        assertThat(expected.get(Behaviour.SEASONAL)).isNotEmpty();
    }
}
