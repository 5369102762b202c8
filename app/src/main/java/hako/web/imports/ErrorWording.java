package hako.web.imports;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The importer's most common error messages in the page's language. The importer words its
 * messages in English for the CLI; a message without a translation here is shown as it is.
 * Used by the result page as {@code @importErrors.say(message)}.
 */
@Component("importErrors")
public class ErrorWording {

    private record Wording(Pattern pattern, String key) {
    }

    private static final List<Wording> WORDINGS = List.of(
            new Wording(Pattern.compile("cannot read \"(.*)\" as a date"), "date"),
            new Wording(Pattern.compile("cannot read \"(.*)\" as an amount"), "amount"),
            new Wording(Pattern.compile("cannot read \"(.*)\" as a number"), "number"),
            new Wording(Pattern.compile("cannot read \"(.*)\" as yes or no"), "yesno"),
            new Wording(Pattern.compile("cannot read \"(.*)\" as a whole number of days.*"), "days"),
            new Wording(Pattern.compile("cannot read \"(.*)\" as a cancellation.*"), "cancellation"),
            new Wording(Pattern.compile("empty: every line needs an order id"), "noorder"),
            new Wording(Pattern.compile("empty: every customer needs an id.*"), "nocustomer"),
            new Wording(Pattern.compile("empty: every product needs a code"), "noproduct"),
            new Wording(Pattern.compile("order (.*) names different customers: (.*)"), "customers"),
            new Wording(Pattern.compile("order (.*) has lines on different dates, (.*) and (.*)"), "dates"),
            new Wording(Pattern.compile("order (.*) has no date on any of its lines"), "nodate"),
            new Wording(Pattern.compile("order (.*) has no amount.*"), "noamount"),
            new Wording(Pattern.compile("bytes that are not valid (\\S+(?: \\([^)]*\\))?).*"), "encoding"),
            new Wording(Pattern.compile("\"(.*)\" is not a score: a whole number from 0 to 10"), "score"),
            new Wording(Pattern.compile("empty: every answer needs a customer id.*"), "noanswerer"),
            new Wording(Pattern.compile("cannot read \"(.*)\" as a month.*"), "month"),
            new Wording(Pattern.compile("(.*) is negative: spend is 0 or more"), "negative"),
            new Wording(Pattern.compile("expected (\\d+) columns as in the header, found (\\d+)"), "columns"),
            new Wording(Pattern.compile("the number of columns differs from the header"), "columncount"),
            new Wording(Pattern.compile("a quote \\(\"\\) is opened and never closed"), "quote"),
            new Wording(Pattern.compile("cannot read the line as CSV: (.*)"), "csv"),
            new Wording(Pattern.compile("the file is empty.*"), "empty"),
            new Wording(Pattern.compile("no column for (.*) in this (\\S+) file; the columns are: (.*)\\. Name it with.*"),
                    "nocolumn"),
            new Wording(Pattern.compile("cannot tell whether this file holds .* from its columns \\((.*)\\); name it with.*"),
                    "kind"));

    private final MessageSource messages;

    ErrorWording(MessageSource messages) {
        this.messages = messages;
    }

    /** {@code message} in the current language, when it is one this knows. */
    public String say(String message) {
        if (message == null) {
            return "";
        }
        for (Wording w : WORDINGS) {
            Matcher m = w.pattern().matcher(message);
            if (m.matches()) {
                Object[] args = new Object[m.groupCount()];
                for (int i = 0; i < args.length; i++) {
                    args[i] = m.group(i + 1);
                }
                return messages.getMessage("imports.error." + w.key(), args, message, LocaleContextHolder.getLocale());
            }
        }
        return message;
    }
}
