package hako.analyses;

import java.util.Locale;

/** A text in Japanese and English: labels, definitions and recommended actions. */
public record Bilingual(String ja, String en) {

    /** The text in {@code locale}'s language: English when asked for, else Japanese. */
    public String in(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? en : ja;
    }
}
