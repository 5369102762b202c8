package hako.analyses.behaviour;

import hako.analyses.Bilingual;
import java.util.Locale;

/** The behaviour segments, each with the action DOMAIN.md (or, where it names none, Hako) recommends. */
public enum Behaviour {
    HEAVY("ヘビーユーザー", "Heavy users",
            "アップセル、先行案内、限定オファー", "Upsell, early access, limited offers"),
    ONE_TIME("1回購入者", "One-time buyers",
            "購入直後の使い方サポートとリマインド", "Usage support right after the purchase, and reminders"),
    SEASONAL("季節購入者", "Seasonal buyers",
            "いつも買う月の少し前に案内する", "Reach them shortly before the month they usually buy in"),
    BULK("まとめ買い購入者", "Bulk buyers",
            "セット・定期便・数量割引を案内する", "Offer sets, regular delivery and volume prices");

    private final Bilingual label;
    private final Bilingual action;

    Behaviour(String nameJa, String nameEn, String actionJa, String actionEn) {
        this.label = new Bilingual(nameJa, nameEn);
        this.action = new Bilingual(actionJa, actionEn);
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label(Locale locale) {
        return label.in(locale);
    }

    public String action(Locale locale) {
        return action.in(locale);
    }

    /** {@code heavy}, {@code one_time}, {@code seasonal} or {@code bulk}. */
    public static Behaviour ofKey(String key) {
        for (Behaviour b : values()) {
            if (b.key().equals(key.strip().toLowerCase(Locale.ROOT).replace('-', '_'))) {
                return b;
            }
        }
        throw new IllegalArgumentException("unknown behaviour \"" + key + "\": use heavy, one_time, seasonal or bulk");
    }
}
