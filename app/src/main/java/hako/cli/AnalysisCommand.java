package hako.cli;

import hako.analyses.Analysis;
import hako.analyses.facts.AnalysisFacts;
import hako.settings.HakoSettings;
import java.io.IOException;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every analysis command shares: the shop ({@code --db}, settings), {@code --as-of} and the
 * output options; a command only reads its analysis and hands rows to {@link #print}.
 */
abstract class AnalysisCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ShopOptions shop;

    @Mixin
    AsOfOption asOf;

    @Mixin
    TableOutput output;

    HakoSettings settings;

    @Override
    public final Integer call() throws Exception {
        settings = shop.settings();
        try (Connection db = shop.openExisting()) {
            LocalDate date = asOf.resolve(db, settings.zone());
            // computed once per import and date, then every analysis reads them
            AnalysisFacts.ensure(db, date);
            run(db, date);
        }
        return 0;
    }

    /** Reads the analysis at {@code date} and prints it. */
    abstract void run(Connection db, LocalDate date) throws Exception;

    /** The language of labels and actions: {@code --lang}, else the setting. */
    Locale locale() {
        return output.lang == null ? settings.language() : HakoSettings.language(output.lang);
    }

    void print(Analysis analysis, List<String> header, List<String[]> rows, int... right) throws IOException {
        output.print(spec.commandLine().getOut(), settings.language(), analysis, header, rows, right);
    }
}
