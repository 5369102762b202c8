package hako.followups.sheet;

import hako.followups.DropReason;
import java.util.Locale;

/** Words the sheet and the lists write besides column headers, in Japanese or English. */
final class Labels {

    private Labels() {
    }

    static boolean japanese(Locale locale) {
        return "ja".equals(locale.getLanguage());
    }

    static String status(TaskStatus status, Locale locale) {
        boolean ja = japanese(locale);
        if (status instanceof TaskStatus.Dropped) {
            return ja ? "除外" : "Dropped";
        }
        return status instanceof TaskStatus.Ticked ? (ja ? "対応済" : "Ticked") : (ja ? "未対応" : "Open");
    }

    /** The reason a task was dropped, as {@link DropReason} words it; an unknown key as it is. */
    static String dropReason(String key, Locale locale) {
        for (DropReason r : DropReason.values()) {
            if (r.key().equals(key)) {
                return r.label(locale);
            }
        }
        return key;
    }

    static String pick(Locale locale, String ja, String en) {
        return japanese(locale) ? ja : en;
    }
}
