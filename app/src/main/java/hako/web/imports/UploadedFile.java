package hako.web.imports;

import hako.imports.FileChoices;
import hako.imports.ImportKind;
import java.nio.charset.Charset;
import java.nio.file.Path;

/**
 * One uploaded file: the name the person's computer gave it (shown, never used as a path), where it
 * is stored, and the encoding and kind the person chose (null: detected).
 */
public record UploadedFile(int no, String name, Path path, Charset encoding, ImportKind kind) {

    UploadedFile choose(Charset newEncoding, ImportKind newKind) {
        return new UploadedFile(no, name, path, newEncoding, newKind);
    }

    FileChoices choices() {
        return new FileChoices(name, encoding, kind, null);
    }
}
