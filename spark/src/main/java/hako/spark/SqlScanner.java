package hako.spark;

import java.util.ArrayList;
import java.util.List;

/**
 * Walks SQL text a token at a time: a name, a quoted literal or name ('…', "…", `…`) whole, any other
 * character alone. Enough to find function calls and their arguments without touching quoted text.
 */
final class SqlScanner {

    private final String sql;
    private int at;

    SqlScanner(String sql) {
        this.sql = sql;
    }

    boolean atEnd() {
        return at >= sql.length();
    }

    int position() {
        return at;
    }

    /** The next token. */
    String next() {
        int start = at;
        char c = sql.charAt(at);
        if (Character.isLetter(c) || c == '_') {
            while (at < sql.length() && (Character.isLetterOrDigit(sql.charAt(at)) || sql.charAt(at) == '_')) {
                at++;
            }
        } else if (c == '\'' || c == '"' || c == '`') {
            skipQuoted(c);
        } else {
            at++;
        }
        return sql.substring(start, at);
    }

    /** Whether the token that started at {@code start} follows a dot: a field, not a name of its own. */
    boolean afterDot(int start) {
        return start > 0 && sql.charAt(start - 1) == '.';
    }

    /** Whether an opening parenthesis comes next, after blanks. */
    boolean peekOpenParenthesis() {
        int i = at;
        while (i < sql.length() && Character.isWhitespace(sql.charAt(i))) {
            i++;
        }
        return i < sql.length() && sql.charAt(i) == '(';
    }

    /** Consumes a parenthesised argument list and returns its arguments' text (none for "()"). */
    List<String> arguments() {
        while (sql.charAt(at) != '(') {
            at++;
        }
        at++;
        List<String> result = new ArrayList<>();
        int depth = 0;
        int start = at;
        while (true) {
            if (atEnd()) {
                throw new IllegalArgumentException("unbalanced parentheses in: " + sql);
            }
            int tokenStart = at;
            String token = next();
            if (token.equals("(")) {
                depth++;
            } else if (token.equals(")") && depth > 0) {
                depth--;
            } else if ((token.equals(",") || token.equals(")")) && depth == 0) {
                result.add(sql.substring(start, tokenStart));
                start = at;
                if (token.equals(")")) {
                    return result.size() == 1 && result.get(0).isBlank() ? List.of() : result;
                }
            }
        }
    }

    private void skipQuoted(char quote) {
        at++;
        while (at < sql.length()) {
            if (sql.charAt(at) == quote) {
                if (at + 1 < sql.length() && sql.charAt(at + 1) == quote) {
                    at += 2;
                    continue;
                }
                at++;
                return;
            }
            at++;
        }
        throw new IllegalArgumentException("unterminated " + quote + " in: " + sql);
    }
}
