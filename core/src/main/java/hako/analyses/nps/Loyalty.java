package hako.analyses.nps;

import hako.analyses.Bilingual;
import java.util.Locale;

/** Loyalty by a customer's latest NPS score, with the approach DOMAIN.md recommends for it. */
public enum Loyalty {
    HIGH("ロイヤルティ高（9–10）", "High loyalty (9–10)", "専任の担当者がつく", "A dedicated person"),
    MID("ロイヤルティ中（7–8）", "Mid loyalty (7–8)", "複数のスタッフで対応する", "Several staff"),
    LOW("ロイヤルティ低（0–6）", "Low loyalty (0–6)", "テクノロジーで対応する（LINE・メール・チャット・電話）",
            "Technology (LINE, email, chat, phone)");

    private final Bilingual label;
    private final Bilingual approach;

    Loyalty(String nameJa, String nameEn, String approachJa, String approachEn) {
        this.label = new Bilingual(nameJa, nameEn);
        this.approach = new Bilingual(approachJa, approachEn);
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label(Locale locale) {
        return label.in(locale);
    }

    public String approach(Locale locale) {
        return approach.in(locale);
    }

    /** {@code high}, {@code mid} or {@code low}. */
    public static Loyalty ofKey(String key) {
        for (Loyalty l : values()) {
            if (l.key().equals(key.strip().toLowerCase(Locale.ROOT))) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown loyalty \"" + key + "\": use high, mid or low");
    }
}
