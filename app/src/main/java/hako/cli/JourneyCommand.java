package hako.cli;

import hako.analyses.Analysis;
import hako.analyses.ItemLevel;
import hako.analyses.journey.Journey;
import hako.analyses.journey.JourneyLink;
import hako.analyses.journey.JourneyMap;
import hako.analyses.journey.JourneyNode;
import hako.analyses.journey.JourneyPath;
import hako.analyses.journey.StepGap;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hako journey}: what the TOP1% bought first, second, third and fourth, beside all repeat buyers. */
@Command(name = "journey", mixinStandardHelpOptions = true,
        description = "The product (or category) sequence of the TOP1%% customers' first four purchases beside all"
                + " repeat buyers (F >= 2): the most common paths (--view paths), Sankey nodes and links with the"
                + " median days between purchases (--view nodes, --view links), the median days per step (--view gaps).")
final class JourneyCommand extends AnalysisCommand {

    enum View { paths, nodes, links, gaps }

    @Option(names = "--by", defaultValue = "product", description = "product or category (default ${DEFAULT-VALUE}).")
    String by;

    @Option(names = "--view", defaultValue = "paths", description = "paths, nodes, links or gaps (default ${DEFAULT-VALUE}).")
    View view;

    @Option(names = "--paths", defaultValue = "" + Journey.PATHS, description = "Paths per group (default ${DEFAULT-VALUE}).")
    int paths;

    @Override
    void run(Connection db, LocalDate date) throws Exception {
        ItemLevel level = ItemLevel.ofKey(by);
        Journey journey = Journey.read(db, date, settings.rules(), level, paths);
        List<String[]> rows = new ArrayList<>();
        for (JourneyMap map : List.of(journey.top1(), journey.repeaters())) {
            rows.addAll(rows(map));
        }
        print(Analysis.JOURNEY, header(), rows, numeric());
    }

    private List<String> header() {
        return switch (view) {
            case paths -> List.of("group", "path", "customers", "share");
            case nodes -> List.of("group", "step", "item", "label", "customers");
            case links -> List.of("group", "from_step", "from_item", "to_item", "customers", "median_days");
            case gaps -> List.of("group", "step", "customers", "median_days_from_previous");
        };
    }

    private int[] numeric() {
        return switch (view) {
            case paths -> new int[] {2, 3};
            case nodes -> new int[] {1, 4};
            case links -> new int[] {1, 4, 5};
            case gaps -> new int[] {1, 2, 3};
        };
    }

    private List<String[]> rows(JourneyMap map) {
        String g = map.group();
        return switch (view) {
            case paths -> map.paths().stream().map((JourneyPath p) -> new String[] {g, p.text(),
                Long.toString(p.customers()), TableOutput.number(p.share(), 4)}).toList();
            case nodes -> map.nodes().stream().map((JourneyNode n) -> new String[] {g, Integer.toString(n.step()), n.item(),
                n.label(), Long.toString(n.customers())}).toList();
            case links -> map.links().stream().map((JourneyLink l) -> new String[] {g, Integer.toString(l.fromStep()),
                l.fromItem(), l.toItem(), Long.toString(l.customers()), TableOutput.number(l.medianDays(), 1)}).toList();
            case gaps -> map.gaps().stream().map((StepGap s) -> new String[] {g, Integer.toString(s.step()),
                Long.toString(s.customers()), TableOutput.number(s.medianDays(), 1)}).toList();
        };
    }
}
