package hako.imports;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Detects the encoding of an export from its first bytes: UTF-8 (with or without BOM) when the
 * bytes decode strictly as UTF-8, else what the detector says, with Shift_JIS read as Windows-31J
 * (the superset Japanese Windows software writes: ①, ㈱, 髙, 﨑 …).
 */
public final class Encodings {

    /** Windows-31J (CP932): how Shift_JIS exports are decoded. */
    public static final Charset WINDOWS_31J = Charset.forName("windows-31j");

    private Encodings() {
    }

    public static Charset detect(byte[] sample, int length) {
        if (isUtf8(sample, length)) {
            return StandardCharsets.UTF_8;
        }
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(sample, 0, length);
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        if (name == null || name.toUpperCase(Locale.ROOT).contains("SHIFT") || name.equalsIgnoreCase("WINDOWS-31J")) {
            return WINDOWS_31J;
        }
        // The detector guesses a Latin code page (windows-1252) for short Shift_JIS text with few
        // Japanese characters; in a Japanese shop's export, text that reads as Windows-31J is that.
        if (!name.toUpperCase(Locale.ROOT).matches("EUC-JP|ISO-2022-JP") && decodes(WINDOWS_31J, sample, length)) {
            return WINDOWS_31J;
        }
        return Charset.isSupported(name) ? Charset.forName(name) : WINDOWS_31J;
    }

    /** Whether the sample decodes strictly, allowing a character cut off at its end. */
    private static boolean decodes(Charset charset, byte[] sample, int length) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult result = decoder.decode(ByteBuffer.wrap(sample, 0, length), CharBuffer.allocate(length), false);
        return !result.isError();
    }

    /** Parses an {@code --encoding} value: utf-8, shift_jis, sjis, cp932, windows-31j, … */
    public static Charset named(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        if (n.equals("sjis") || n.equals("shift-jis") || n.equals("cp932") || n.equals("ms932") || n.equals("windows-31j")) {
            return WINDOWS_31J;
        }
        if (!Charset.isSupported(n)) {
            throw new IllegalArgumentException("unknown encoding \"" + name + "\": use utf-8 or shift_jis");
        }
        return Charset.forName(n);
    }

    private static boolean isUtf8(byte[] sample, int length) {
        int end = length;
        // A sample may end in the middle of a multi-byte character: ignore up to 3 trailing bytes.
        int back = 0;
        while (back < 3 && end > 0 && (sample[end - 1] & 0xC0) == 0x80) {
            end--;
            back++;
        }
        if (end > 0 && (sample[end - 1] & 0xC0) == 0xC0) {
            end--;
        }
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(sample, 0, end));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
