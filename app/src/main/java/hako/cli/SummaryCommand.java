package hako.cli;

import hako.customers.CustomerMetrics;
import hako.customers.ShopSummary;
import hako.settings.HakoSettings;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code hako summary}: the shop's KPIs and its clusters and stages, in Japanese or English. */
@Command(name = "summary", mixinStandardHelpOptions = true,
        description = "Customers, purchases, sales, repeat rate, F2 rate, average purchase count, AOV, and count,"
                + " share and sales share per cluster and per stage."
                + " Reads an existing database (hako import creates it).")
final class SummaryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ShopOptions shop;

    @Mixin
    AsOfOption asOf;

    @Option(names = "--lang", paramLabel = "LANG", description = "ja (default) or en.")
    String lang;

    @Override
    public Integer call() throws Exception {
        HakoSettings settings = shop.settings();
        Locale locale = lang == null ? settings.language() : HakoSettings.language(lang);
        try (Connection db = shop.openExisting()) {
            LocalDate date = asOf.resolve(db, settings.zone());
            CustomerMetrics.compute(db, date, settings.rules());
            ShopSummary summary = ShopSummary.read(db, date, settings.rules());
            spec.commandLine().getOut().print(new SummaryPrinter(locale, settings.rules()).render(summary));
        }
        return 0;
    }
}
