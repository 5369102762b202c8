package hako.cli;

import hako.analyses.Analysis;
import hako.analyses.behaviour.Behaviour;
import hako.analyses.behaviour.BehaviourProfile;
import hako.analyses.behaviour.BehaviourSegments;
import hako.settings.HakoSettings;
import hako.store.ShopDatabase;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code hako behaviours}: heavy, one-time, seasonal and bulk buyers, or the members of one. */
@Command(name = "behaviours", mixinStandardHelpOptions = true,
        description = "Heavy users, one-time buyers, seasonal buyers and bulk buyers (thresholds: settings"
                + " behaviour.*): customers, share, sales and share of sales, recommended action. With --members"
                + " BEHAVIOUR, the ids of its customers instead.")
final class BehavioursCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ShopOptions shop;

    @Mixin
    AsOfOption asOf;

    @Mixin
    TableOutput output;

    @Option(names = "--members", paramLabel = "BEHAVIOUR", description = "heavy, one_time, seasonal or bulk: list its customer ids.")
    String members;

    @Override
    public Integer call() throws Exception {
        HakoSettings settings = shop.settings();
        Locale locale = output.lang == null ? settings.language() : HakoSettings.language(output.lang);
        try (Connection db = ShopDatabase.openExisting(shop.db)) {
            LocalDate date = asOf.resolve(db, settings.zone());
            if (members != null) {
                List<String[]> ids = BehaviourSegments.members(db, date, settings.behaviours(), Behaviour.ofKey(members))
                        .stream().map(id -> new String[] {id}).toList();
                output.print(spec.commandLine().getOut(), settings.language(), Analysis.BEHAVIOURS, List.of("customer_id"),
                        ids);
                return 0;
            }
            BehaviourSegments s = BehaviourSegments.read(db, date, settings.behaviours());
            List<String[]> rows = new ArrayList<>();
            for (BehaviourProfile p : s.profiles()) {
                rows.add(new String[] {p.behaviour().key(), p.behaviour().label(locale), Long.toString(p.customers()),
                    TableOutput.number(p.share(), 4), p.sales().toPlainString(), TableOutput.number(p.salesShare(), 4),
                    p.behaviour().action(locale)});
            }
            output.print(spec.commandLine().getOut(), settings.language(), Analysis.BEHAVIOURS,
                    List.of("behaviour", "name", "customers", "share", "sales", "sales_share", "action"), rows, 2, 3, 4, 5);
        }
        return 0;
    }
}
