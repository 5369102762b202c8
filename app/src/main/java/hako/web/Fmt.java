package hako.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** How pages write numbers, money, shares and dates: {@code ${@fmt.yen(x)}} in templates. */
@Component("fmt")
public class Fmt {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** ￥1,234 (whole yen; fractions are rounded half up). */
    public String yen(BigDecimal amount) {
        if (amount == null) {
            return "—";
        }
        BigDecimal whole = amount.setScale(0, RoundingMode.HALF_UP);
        return (whole.signum() < 0 ? "-￥" : "￥") + NumberFormat.getIntegerInstance(Locale.ROOT).format(whole.abs())
                .replace('\u00a0', ',');
    }

    /** 1,234. */
    public String num(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** 1,234.5 with the given decimals. */
    public String dec(double value, int decimals) {
        return String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }

    /** 12.3% of a fraction (0.123). */
    public String pct(double fraction) {
        return String.format(Locale.ROOT, "%.1f%%", fraction * 100);
    }

    /** 12.3% of {@code part / whole}, or — when whole is 0. */
    public String pct(long part, long whole) {
        return whole == 0 ? "—" : pct((double) part / whole);
    }

    /** +12 / −3 / ±0. */
    public String signed(long n) {
        if (n == 0) {
            return "±0";
        }
        return (n > 0 ? "+" : "−") + num(Math.abs(n));
    }

    /** +4.5% / −2.0% of a change ratio, — when unknown. */
    public String signedPct(Double change) {
        if (change == null) {
            return "—";
        }
        return (change >= 0 ? "+" : "−") + pct(Math.abs(change));
    }

    public String date(LocalDate d) {
        return d == null ? "—" : DATE.format(d);
    }

    public String dateTime(LocalDateTime t) {
        return t == null ? "—" : DATE_TIME.format(t);
    }

    /** Whether the page is in Japanese. */
    public boolean ja() {
        return "ja".equals(LocaleContextHolder.getLocale().getLanguage());
    }

    public Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
