package hako.analyses.journey;

import hako.analyses.AnalysisQuery;
import hako.analyses.ItemLevel;
import hako.analyses.facts.AnalysisFacts;
import hako.customers.CustomerMetrics;
import hako.customers.MetricRules;
import hako.customers.MetricSnapshot;
import hako.store.Sql;
import hako.store.Variables;
import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The journeys of the TOP1% (every TOP1% customer, by the rank of DOMAIN.md under {@code rules}) and of
 * all repeat buyers (F ≥ 2, the TOP1% included), at an as-of date. Who is who is read from the stored
 * customer table when it holds that date under those rules, and computed only otherwise.
 */
public record Journey(LocalDate asOf, ItemLevel level, JourneyMap top1, JourneyMap repeaters) {

    /** Paths listed per group unless asked otherwise. */
    public static final int PATHS = 20;

    public static Journey read(Connection c, LocalDate asOf, MetricRules rules, ItemLevel level, int paths)
            throws SQLException {
        if (MetricSnapshot.isStored(c, asOf, rules)) {
            Variables.set(c, "hako_journey_as_of", "DATE", asOf.toString());
            Sql.run(c, Journey.class, "journey_who_snapshot.sql");
        } else {
            CustomerMetrics.compute(c, asOf, rules);
            Sql.run(c, Journey.class, "journey_who_computed.sql");
        }
        AnalysisFacts.use(c, asOf);
        Variables.set(c, "hako_item_level", level.key());
        Variables.set(c, "hako_journey_paths", "INTEGER", paths);
        AnalysisQuery.run(c, Journey.class, "journey_steps.sql", asOf);
        AnalysisFacts.aggregateJourneys(c);
        List<Grouped<JourneyNode>> nodes = AnalysisQuery.list(c, Journey.class, "journey_nodes.sql", asOf,
                r -> new Grouped<>(r.getString("grp"), new JourneyNode(r.getInt("step"), r.getString("item"),
                        r.getString("label"), r.getLong("customers"))));
        List<Grouped<JourneyLink>> links = AnalysisQuery.list(c, Journey.class, "journey_links.sql", asOf,
                r -> new Grouped<>(r.getString("grp"), new JourneyLink(r.getInt("from_step"), r.getString("from_item"),
                        r.getString("to_item"), r.getLong("customers"), r.getDouble("median_days"))));
        List<Grouped<StepGap>> gaps = AnalysisQuery.list(c, Journey.class, "journey_gaps.sql", asOf,
                r -> new Grouped<>(r.getString("grp"), new StepGap(r.getInt("step"), r.getLong("customers"),
                        r.getDouble("median_days"))));
        List<Grouped<JourneyPath>> found = AnalysisQuery.list(c, Journey.class, "journey_paths.sql", asOf,
                r -> new Grouped<>(r.getString("grp"), new JourneyPath(items(r.getArray("path")), r.getLong("customers"),
                        r.getDouble("share"))));
        List<JourneyMap> maps = new ArrayList<>();
        for (String group : List.of("top1", "repeaters")) {
            List<JourneyNode> n = only(nodes, group);
            maps.add(new JourneyMap(group, n.stream().filter(x -> x.step() == 1).mapToLong(JourneyNode::customers).sum(),
                    n, only(links, group), only(gaps, group), only(found, group)));
        }
        return new Journey(asOf, level, maps.get(0), maps.get(1));
    }

    /** A row of one of the groups, top1 or repeaters. */
    private record Grouped<T>(String group, T value) {
    }

    private static <T> List<T> only(List<Grouped<T>> grouped, String group) {
        return grouped.stream().filter(g -> g.group().equals(group)).map(Grouped::value).toList();
    }

    private static List<String> items(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }
}
