package hako.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hako.store.Sql;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The textual macros the Spark dialect expands, without starting Spark. */
class SqlMacrosTest {

    static final SqlMacros MACROS = SqlMacros.of(List.of(
            "CREATE OR REPLACE TEMP MACRO twice(x) AS x + x",
            "CREATE OR REPLACE TEMP MACRO pair(a, b) AS named_struct('a', a, 'b', b)",
            "CREATE OR REPLACE TEMP MACRO first_of(p) AS p.a"));

    @Test
    void replacesParametersByParenthesisedArguments() {
        assertThat(MACROS.expand("SELECT twice(1 + 2) * 3")).isEqualTo("SELECT ((1 + 2) + (1 + 2)) * 3");
    }

    @Test
    void leavesQuotedTextAndFieldsAlone() {
        assertThat(MACROS.expand("SELECT pair(x.b, 'a, b') FROM t WHERE s = 'twice(1)' AND t.twice(2) = \"twice\"(3)"))
                .isEqualTo("SELECT (named_struct('a', (x.b), 'b', ('a, b'))) FROM t WHERE s = 'twice(1)'"
                        + " AND t.twice(2) = \"twice\"(3)");
    }

    @Test
    void expandsCallsInsideArgumentsAndBodies() {
        assertThat(MACROS.expand("first_of(pair(twice(f(1, 2)), 0))")).isEqualTo(
                "(((named_struct('a', (((f(1, 2)) + (f(1, 2)))), 'b', (0)))).a)");
    }

    @Test
    void refusesAWrongNumberOfArgumentsAndUnbalancedText() {
        assertThatThrownBy(() -> MACROS.expand("twice(1, 2)")).hasMessageContaining("twice takes 1 arguments, not 2");
        assertThatThrownBy(() -> MACROS.expand("twice(1")).hasMessageContaining("unbalanced");
    }

    @Test
    void sparksMacrosCoverEveryMacroTheMetricsCall() {
        SqlMacros spark = SqlMacros.of(Sql.statements(SparkDialect.class, "metrics_macros.sql"));
        String metrics = String.join(";\n", Sql.statements(hako.customers.CustomerMetrics.class, "metrics.sql"));
        String duckdbMacros = Sql.load(hako.customers.CustomerMetrics.class, "metrics_macros.sql");

        assertThat(spark.expand(metrics)).doesNotContain("hako_standing", "hako_days_between");
        for (String name : List.of("hako_days_between", "hako_standing", "hako_standing_monetary",
                "hako_standing_frequency", "hako_standing_last_purchase")) {
            assertThat(duckdbMacros).contains("MACRO " + name + "(");
            assertThat(metrics).contains(name + "(");
        }
    }
}
