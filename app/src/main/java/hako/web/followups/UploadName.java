package hako.web.followups;

/** The name an uploaded file is saved under: its own last path segment if harmless, else a default. */
final class UploadName {

    private UploadName() {
    }

    static String of(String original, String fallback) {
        if (original == null) {
            return fallback;
        }
        String name = original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        return name.isEmpty() || name.startsWith(".") || name.length() > 120 ? fallback : name;
    }
}
