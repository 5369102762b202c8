package hako.spark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Textual macros for an engine without them: {@code CREATE OR REPLACE TEMP MACRO name(a, b) AS body}
 * statements read once (a table macro, {@code AS TABLE SELECT …}, becomes a parenthesised subquery), and every call {@code name(x, y)} in a statement replaced by the body with
 * each parameter replaced by its parenthesised argument. String literals and quoted names are left
 * alone; a field after a dot ({@code s.monetary}) is not a parameter.
 */
final class SqlMacros {

    private static final Pattern DEFINITION = Pattern.compile(
            "(?is)CREATE\\s+OR\\s+REPLACE\\s+TEMP\\s+MACRO\\s+(\\w+)\\s*\\(([^)]*)\\)\\s+AS\\s+(?:TABLE\\s+)?(.+)");

    private record Macro(List<String> parameters, String body) {
    }

    private final Map<String, Macro> macros = new LinkedHashMap<>();

    /** The macros defined by {@code statements}; any other statement is refused. */
    static SqlMacros of(List<String> statements) {
        SqlMacros result = new SqlMacros();
        for (String statement : statements) {
            Matcher m = DEFINITION.matcher(statement.strip());
            if (!m.matches()) {
                throw new IllegalArgumentException("not a macro definition: " + statement);
            }
            List<String> parameters = new ArrayList<>();
            for (String p : m.group(2).split(",")) {
                parameters.add(p.strip().toLowerCase(Locale.ROOT));
            }
            result.macros.put(m.group(1).toLowerCase(Locale.ROOT), new Macro(parameters, m.group(3).strip()));
        }
        return result;
    }

    /** {@code sql} with every macro call expanded, also calls inside arguments and macro bodies. */
    String expand(String sql) {
        StringBuilder out = new StringBuilder();
        SqlScanner scan = new SqlScanner(sql);
        while (!scan.atEnd()) {
            int start = scan.position();
            String word = scan.next();
            Macro macro = macros.get(word.toLowerCase(Locale.ROOT));
            if (macro != null && scan.peekOpenParenthesis() && !scan.afterDot(start)) {
                List<String> arguments = scan.arguments();
                if (arguments.size() != macro.parameters().size()) {
                    throw new IllegalArgumentException(word + " takes " + macro.parameters().size()
                            + " arguments, not " + arguments.size() + ": " + sql);
                }
                out.append('(').append(expand(substitute(macro, arguments))).append(')');
            } else {
                out.append(word);
            }
        }
        return out.toString();
    }

    private static String substitute(Macro macro, List<String> arguments) {
        StringBuilder out = new StringBuilder();
        SqlScanner scan = new SqlScanner(macro.body());
        while (!scan.atEnd()) {
            int start = scan.position();
            String word = scan.next();
            int index = macro.parameters().indexOf(word.toLowerCase(Locale.ROOT));
            out.append(index >= 0 && !scan.afterDot(start) ? "(" + arguments.get(index).strip() + ")" : word);
        }
        return out.toString();
    }
}
