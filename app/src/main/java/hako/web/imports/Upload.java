package hako.web.imports;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Files uploaded together, under a random id, in their own private folder; owned by the person who
 * uploaded them. Once started, it holds its import's {@link ImportJob}.
 */
final class Upload {

    private final String id;
    private final String owner;
    private final Path dir;
    private final Instant created = Instant.now();
    private final List<UploadedFile> files;
    private final Map<UploadedFile, FileView> previews = new HashMap<>();
    private volatile ImportJob job;
    private volatile List<Map<hako.imports.Field, String>> confirmed = List.of();

    Upload(String id, String owner, Path dir, List<UploadedFile> files) {
        this.id = id;
        this.owner = owner;
        this.dir = dir;
        this.files = new ArrayList<>(files);
    }

    String id() {
        return id;
    }

    String owner() {
        return owner;
    }

    Path dir() {
        return dir;
    }

    Instant created() {
        return created;
    }

    synchronized List<UploadedFile> files() {
        return List.copyOf(files);
    }

    synchronized UploadedFile file(int no) {
        if (no < 0 || no >= files.size()) {
            throw new IllegalArgumentException("no file " + no + " in this upload");
        }
        return files.get(no);
    }

    synchronized void replace(UploadedFile file) {
        files.set(file.no(), file);
    }

    /** What was detected in each file, read again only when the person's choices change. */
    synchronized List<FileView> views() throws java.io.IOException {
        List<FileView> views = new ArrayList<>();
        for (UploadedFile f : files) {
            FileView v = previews.get(f);
            if (v == null) {
                v = FileView.of(f);
                previews.put(f, v);
            }
            views.add(v);
        }
        return views;
    }

    ImportJob job() {
        return job;
    }

    void started(ImportJob value) {
        job = value;
    }

    /** Per file, in order, the mapping the person confirmed (field → header). */
    List<Map<hako.imports.Field, String>> confirmed() {
        return confirmed;
    }

    void confirm(List<Map<hako.imports.Field, String>> value) {
        confirmed = List.copyOf(value);
    }
}
