package hako.cli;

import hako.analyses.Analysis;
import hako.analyses.behaviour.Behaviour;
import hako.analyses.behaviour.BehaviourProfile;
import hako.analyses.behaviour.BehaviourSegments;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hako behaviours}: heavy, one-time, seasonal and bulk buyers, or the members of one. */
@Command(name = "behaviours", mixinStandardHelpOptions = true,
        description = "Heavy users, one-time buyers, seasonal buyers and bulk buyers (thresholds: settings"
                + " behaviour.*): customers, share, sales and share of sales, recommended action. With --members"
                + " BEHAVIOUR, the ids of its customers instead.")
final class BehavioursCommand extends AnalysisCommand {

    @Option(names = "--members", paramLabel = "BEHAVIOUR", description = "heavy, one_time, seasonal or bulk: list its customer ids.")
    String members;

    @Override
    void run(Connection db, LocalDate date) throws Exception {
        if (members != null) {
            List<String[]> ids = BehaviourSegments.members(db, date, settings.behaviours(), Behaviour.ofKey(members))
                    .stream().map(id -> new String[] {id}).toList();
            print(Analysis.BEHAVIOURS, List.of("customer_id"),
                    ids);
            return;
        }
        BehaviourSegments s = BehaviourSegments.read(db, date, settings.behaviours());
        List<String[]> rows = new ArrayList<>();
        for (BehaviourProfile p : s.profiles()) {
            rows.add(new String[] {p.behaviour().key(), p.behaviour().label(locale()), Long.toString(p.customers()),
                TableOutput.number(p.share(), 4), p.sales().toPlainString(), TableOutput.number(p.salesShare(), 4),
                p.behaviour().action(locale())});
        }
        print(Analysis.BEHAVIOURS,
                List.of("behaviour", "name", "customers", "share", "sales", "sales_share", "action"), rows, 2, 3, 4, 5);
    }
}
