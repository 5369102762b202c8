package hako.followups.sheet;

import java.util.List;
import java.util.Locale;

/** The workbook's sheet names; the import finds the task sheet by either language's name. */
final class SheetNames {

    private static final String TASKS_JA = "管理シート";
    private static final String TASKS_EN = "Follow-ups";

    private SheetNames() {
    }

    static String tasks(Locale locale) {
        return Labels.pick(locale, TASKS_JA, TASKS_EN);
    }

    static List<String> taskNames() {
        return List.of(TASKS_JA, TASKS_EN);
    }

    static String dropped(Locale locale) {
        return Labels.pick(locale, "除外", "Dropped");
    }

    static String info(Locale locale) {
        return Labels.pick(locale, "情報", "Info");
    }

    static String staff(Locale locale) {
        return Labels.pick(locale, "担当者一覧", "Staff");
    }
}
