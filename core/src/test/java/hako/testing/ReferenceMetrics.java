package hako.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * DOMAIN.md's customer definitions written out a second time, plainly, in Java: the yardstick
 * Hako's SQL is tested against. Input: one purchase per order (already filtered to purchases).
 */
public final class ReferenceMetrics {

    /** A purchase: one order of a customer with net amount > 0, not cancelled. */
    public record Purchase(String customerId, LocalDate date, BigDecimal amount) {
    }

    private ReferenceMetrics() {
    }

    /** CSV rows of the customer table (the leading eleven columns) in rank order. */
    public static List<String> table(List<Purchase> purchases, LocalDate asOf) {
        record Acc(String id, long f, BigDecimal m, LocalDate first, LocalDate last) {
        }
        Map<String, Acc> acc = new HashMap<>();
        for (Purchase p : purchases) {
            if (p.date().isAfter(asOf)) {
                continue;
            }
            acc.merge(p.customerId(), new Acc(p.customerId(), 1, p.amount(), p.date(), p.date()),
                    (a, b) -> new Acc(a.id(), a.f() + 1, a.m().add(b.m()),
                            a.first().isBefore(b.first()) ? a.first() : b.first(),
                            a.last().isAfter(b.last()) ? a.last() : b.last()));
        }
        List<Acc> sorted = new ArrayList<>(acc.values());
        sorted.sort(Comparator.comparing(Acc::m).reversed()
                .thenComparing(Comparator.comparingLong(Acc::f).reversed())
                .thenComparing(Comparator.comparing(Acc::last).reversed())
                .thenComparing(Acc::id));
        int n = sorted.size();
        long top1 = ceilPercent(n, 1);
        long top10 = ceilPercent(n, 10);
        long top20 = ceilPercent(n, 20);
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Acc a = sorted.get(i);
            long rank = i + 1;
            long r = ChronoUnit.DAYS.between(a.last(), asOf);
            String tier = rank <= top1 ? "top1" : rank <= top10 ? "top10" : rank <= top20 ? "top20" : "";
            String cluster = !tier.isEmpty() ? tier : a.f() == 1 ? "one_time" : a.f() <= 3 ? "two_three" : "repeater";
            String stage = r > 60 ? "churn_prevention" : a.f() == 1 && r <= 30 ? "acquisition"
                    : a.f() >= 4 ? "retention" : "activation";
            rows.add(String.join(",", a.id(), Long.toString(a.f()), a.m().setScale(2).toPlainString(),
                    a.first().toString(), a.last().toString(), Long.toString(ChronoUnit.DAYS.between(a.first(), a.last())),
                    Long.toString(r), Long.toString(rank), tier, cluster, stage));
        }
        return rows;
    }

    private static long ceilPercent(long n, long percent) {
        return (n * percent + 99) / 100;
    }
}
