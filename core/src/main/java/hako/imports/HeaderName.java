package hako.imports;

import java.text.Normalizer;
import java.util.Locale;

/** Header names as compared for detection: NFKC, lower case, no spaces, underscores or bracketed notes. */
final class HeaderName {

    private HeaderName() {
    }

    static String normalise(String header) {
        String s = Normalizer.normalize(header, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        s = s.replaceAll("[(\\[【(（].*?[)\\]】)）]", "");   // 合計金額(税込) -> 合計金額
        return s.replaceAll("[\\s_\\-・:：]", "");
    }
}
