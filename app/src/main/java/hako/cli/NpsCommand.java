package hako.cli;

import hako.analyses.Analysis;
import hako.analyses.nps.Loyalty;
import hako.analyses.nps.LoyaltyGroup;
import hako.analyses.nps.NpsReport;
import hako.analyses.nps.NpsScore;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hako nps}: NPS by month, or the loyalty groups, or one group's members. */
@Command(name = "nps", mixinStandardHelpOptions = true,
        description = "NPS (%% of 9–10 minus %% of 0–6) over all answers and by month (--view months), or the loyalty"
                + " groups by each customer's latest answer with average F, AOV, referrals and the approach for each"
                + " (--view groups), or the ids of one group (--members high|mid|low). Import answers first:"
                + " hako import survey.csv.")
final class NpsCommand extends AnalysisCommand {

    enum View { months, groups }

    @Option(names = "--view", defaultValue = "months", description = "months or groups (default ${DEFAULT-VALUE}).")
    View view;

    @Option(names = "--members", paramLabel = "LOYALTY", description = "high, mid or low: list its customer ids.")
    String members;

    @Override
    void run(Connection db, LocalDate date) throws Exception {
        if (members != null) {
            print(Analysis.NPS, List.of("customer_id"),
                    NpsReport.members(db, date, Loyalty.ofKey(members)).stream().map(id -> new String[] {id}).toList());
            return;
        }
        NpsReport report = NpsReport.read(db, date);
        if (view == View.months) {
            List<String[]> rows = new ArrayList<>();
            rows.add(score("all", report.overall()));
            report.months().forEach(m -> rows.add(score(m.month().toString(), m)));
            print(Analysis.NPS,
                    List.of("month", "responses", "promoters", "passives", "detractors", "nps"), rows, 1, 2, 3, 4, 5);
        } else {
            List<String[]> rows = report.groups().stream().map(g -> group(g, locale())).toList();
            print(Analysis.NPS,
                    List.of("loyalty", "name", "customers", "average_f", "aov", "referrals", "referrals_per_customer",
                            "referrers", "approach"), rows, 2, 3, 4, 5, 6, 7);
        }
    }

    private static String[] score(String month, NpsScore s) {
        return new String[] {month, Long.toString(s.responses()), Long.toString(s.promoters()), Long.toString(s.passives()),
            Long.toString(s.detractors()), TableOutput.number(s.nps(), 1)};
    }

    private static String[] group(LoyaltyGroup g, Locale locale) {
        return new String[] {g.loyalty().key(), g.loyalty().label(locale), Long.toString(g.customers()),
            TableOutput.number(g.averageFrequency(), 2), TableOutput.number(g.averageOrderValue()),
            Long.toString(g.referrals()), TableOutput.number(g.referralsPerCustomer(), 2), Long.toString(g.referrers()),
            g.loyalty().approach(locale)};
    }
}
