package hako.web.imports;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploads waiting to be confirmed, importing or done, each in its own folder under a private
 * temporary folder. Files are stored as {@code 1.csv}, {@code 2.csv}, …: a client's file name is
 * shown, never used as a path. Uploads left unimported are removed after a day.
 */
@Component
class Uploads {

    private static final Pattern ID = Pattern.compile("[0-9a-f]{32}");
    private static final Duration KEPT = Duration.ofDays(1);

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Upload> uploads = new ConcurrentHashMap<>();
    private final Path root;

    Uploads() throws IOException {
        root = Files.createTempDirectory("hako-uploads",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    }

    /** Stores {@code parts} as a new upload; refuses it whole when a part is not CSV text. */
    Upload create(String owner, List<MultipartFile> parts) throws IOException, NotCsv {
        forgetOld();
        String id = HexFormat.of().formatHex(bytes());
        Path dir = Files.createDirectory(root.resolve(id));
        List<UploadedFile> files = new ArrayList<>();
        try {
            for (MultipartFile part : parts) {
                Path path = dir.resolve((files.size() + 1) + ".csv");
                part.transferTo(path);
                String name = displayName(part.getOriginalFilename(), files.size() + 1);
                var problem = CsvContent.problem(path);
                if (problem.isPresent()) {
                    throw new NotCsv(name, problem.get());
                }
                files.add(new UploadedFile(files.size(), name, path, null, null));
            }
        } catch (IOException | NotCsv | RuntimeException e) {
            FileSystemUtils.deleteRecursively(dir);
            throw e;
        }
        Upload upload = new Upload(id, owner, dir, files);
        uploads.put(id, upload);
        return upload;
    }

    /** The upload {@code id} of {@code owner}; anything else is unknown. */
    Upload find(String id, String owner) {
        Upload upload = id != null && ID.matcher(id).matches() ? uploads.get(id) : null;
        if (upload == null || !upload.owner().equals(owner)) {
            throw new UnknownUpload();
        }
        return upload;
    }

    /** Removes the upload's files; its import's result stays to be shown. */
    void deleteFiles(Upload upload) throws IOException {
        FileSystemUtils.deleteRecursively(upload.dir());
    }

    @PreDestroy
    void deleteAll() throws IOException {
        FileSystemUtils.deleteRecursively(root);
    }

    private void forgetOld() throws IOException {
        Instant limit = Instant.now().minus(KEPT);
        for (Upload u : List.copyOf(uploads.values())) {
            boolean running = u.job() != null && !u.job().finished();
            if (u.created().isBefore(limit) && !running) {
                uploads.remove(u.id());
                deleteFiles(u);
            }
        }
    }

    private byte[] bytes() {
        byte[] b = new byte[16];
        random.nextBytes(b);
        return b;
    }

    /** The client's name for the file, without any folder part (some browsers send a full path). */
    private static String displayName(String original, int no) {
        String name = original == null ? "" : original.replaceAll(".*[/\\\\]", "").strip();
        name = name.replaceAll("\\p{Cntrl}", "");
        return name.isEmpty() ? "file-" + no + ".csv" : name.substring(0, Math.min(name.length(), 200));
    }

    /** An upload id that does not exist (or is someone else's): a 404. */
    static final class UnknownUpload extends RuntimeException {
        UnknownUpload() {
            super("unknown upload");
        }
    }
}
