package hako.web.imports;

import hako.imports.Encodings;
import hako.imports.Field;
import hako.imports.ImportKind;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The confirmation form as posted: per file ({@code enc.N}, {@code kind.N}, {@code map.N.FIELD}) an
 * encoding, a kind and the header for each field. Everything is checked against the uploaded files:
 * a value the page could not have offered is a tampered form, refused with a plain message.
 */
final class StartForm {

    /** The encodings a person can choose, by form value; none chosen means detected. */
    static final Map<String, Charset> ENCODINGS = encodings();

    private static final Pattern KEY = Pattern.compile("(enc|kind|map)\\.(\\d{1,4})(?:\\.([a-z_0-9]{1,40}))?");

    private final Map<Integer, String> encodings = new HashMap<>();
    private final Map<Integer, String> kinds = new HashMap<>();
    private final Map<Integer, Map<String, String>> maps = new HashMap<>();

    static StartForm read(Map<String, String[]> params, int files) {
        StartForm form = new StartForm();
        params.forEach((name, values) -> {
            if (!(name.startsWith("enc.") || name.startsWith("kind.") || name.startsWith("map."))) {
                return;
            }
            Matcher m = KEY.matcher(name);
            if (!m.matches() || values.length != 1 || (m.group(1).equals("map") != (m.group(3) != null))) {
                throw new IllegalArgumentException("unexpected form field \"" + name + "\"");
            }
            int no = Integer.parseInt(m.group(2));
            if (no >= files) {
                throw new IllegalArgumentException("no file " + no + " in this upload");
            }
            switch (m.group(1)) {
                case "enc" -> form.encodings.put(no, values[0]);
                case "kind" -> form.kinds.put(no, values[0]);
                default -> form.maps.computeIfAbsent(no, k -> new LinkedHashMap<>()).put(m.group(3), values[0]);
            }
        });
        return form;
    }

    /** The file with the encoding and kind the person chose, when either differs from what is shown. */
    UploadedFile changed(FileView view) {
        UploadedFile file = view.file();
        Charset encoding = encodings.containsKey(file.no()) ? encoding(encodings.get(file.no())) : file.encoding();
        ImportKind kind = kinds.containsKey(file.no()) ? kind(kinds.get(file.no())) : view.kind();
        boolean same = java.util.Objects.equals(encoding, file.encoding()) && kind == view.kind();
        return same ? null : file.choose(encoding, kind);
    }

    /** The person's mapping for the file, each field one of its kind and each header one of its own. */
    Map<Field, String> mapping(FileView view) {
        Map<Field, String> mapping = new EnumMap<>(Field.class);
        maps.getOrDefault(view.file().no(), Map.of()).forEach((key, header) -> {
            Field field = Field.ofKey(key, view.kind());
            if (header.isEmpty()) {
                return;
            }
            List<String> headers = view.preview().headers();
            if (!headers.contains(header)) {
                throw new IllegalArgumentException(view.file().name() + ": no column \"" + header
                        + "\"; the columns are: " + String.join(", ", headers));
            }
            mapping.put(field, header);
        });
        return mapping;
    }

    private static Charset encoding(String value) {
        if (value.isEmpty()) {
            return null;
        }
        Charset charset = ENCODINGS.get(value);
        if (charset == null) {
            throw new IllegalArgumentException("unknown encoding \"" + value + "\"");
        }
        return charset;
    }

    private static ImportKind kind(String value) {
        return value.isEmpty() ? null : ImportKind.parse(value);
    }

    private static Map<String, Charset> encodings() {
        Map<String, Charset> all = new LinkedHashMap<>();
        all.put("utf-8", StandardCharsets.UTF_8);
        all.put("windows-31j", Encodings.WINDOWS_31J);
        all.put("euc-jp", Charset.forName("EUC-JP"));
        return java.util.Collections.unmodifiableMap(all);
    }
}
