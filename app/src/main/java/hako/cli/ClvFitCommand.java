package hako.cli;

import hako.clv.Calibration;
import hako.clv.ClvFit;
import hako.clv.ClvScores;
import hako.clv.ClvSettings;
import hako.customers.AsOfDate;
import hako.settings.HakoSettings;
import java.io.PrintWriter;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code hako clv fit}: fits both models, stores the fit and every customer's scores at the latest order date. */
@Command(name = "fit", mixinStandardHelpOptions = true,
        description = "Fit BG/NBD (purchases) and Gamma-Gamma (spend) by maximum likelihood on purchase days through the"
                + " calibration end, print the parameters with standard errors and log-likelihoods, store the fit and"
                + " score every customer at the latest order date.")
final class ClvFitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ShopOptions shop;

    @Option(names = "--calibration-end", paramLabel = "DATE",
            description = "Last day the models learn from (default: the latest order date).")
    String calibrationEnd;

    @Option(names = "--holdout-end", paramLabel = "DATE",
            description = "Keep the days after --calibration-end through DATE apart to check the predictions"
                    + " (hako clv diagnostics). Needs --calibration-end.")
    String holdoutEnd;

    @Override
    public Integer call() throws Exception {
        HakoSettings settings = shop.settings();
        ClvSettings clv = settings.clv();
        try (Connection db = shop.openExisting()) {
            LocalDate latest = AsOfDate.latestOrderDate(db);
            Calibration calibration = calibration(db, settings, latest);
            ClvFit fit = ClvFit.fit(db, calibration);
            fit.store(db);
            ClvScores.compute(db, fit, latest, clv);
            ClvScores.store(db, fit, latest, clv);
            PrintWriter out = spec.commandLine().getOut();
            out.print(ClvPrinter.fit(fit));
            out.printf("Scores stored for every customer at %s (monthly discount %s; churn risk high below P(alive) %s,"
                    + " low from %s).%n", latest, ClvPrinter.number(clv.monthlyDiscount()),
                    ClvPrinter.number(clv.highRiskBelow()), ClvPrinter.number(clv.lowRiskFrom()));
        }
        return 0;
    }

    private Calibration calibration(Connection db, HakoSettings settings, LocalDate latest) throws Exception {
        if (holdoutEnd != null && calibrationEnd == null) {
            throw new IllegalArgumentException("--holdout-end needs --calibration-end: the holdout starts the day after it");
        }
        LocalDate end = calibrationEnd == null ? latest : AsOfDate.parse(db, calibrationEnd, settings.zone());
        LocalDate holdout = holdoutEnd == null ? null : AsOfDate.parse(db, holdoutEnd, settings.zone());
        if (end.isAfter(latest)) {
            throw new IllegalArgumentException("--calibration-end " + end + " is after the latest order (" + latest + ")");
        }
        if (holdout != null && holdout.isAfter(latest)) {
            throw new IllegalArgumentException("--holdout-end " + holdout + " is after the latest order (" + latest
                    + "): the holdout would count purchases that are not in the data yet");
        }
        if (holdout != null && !holdout.isAfter(end)) {
            throw new IllegalArgumentException("--holdout-end " + holdout + " must come after --calibration-end " + end);
        }
        return new Calibration(end, holdout, settings.clv().zeroOrders());
    }
}
