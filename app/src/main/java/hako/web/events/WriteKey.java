package hako.web.events;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** The shop's write key, compared in constant time (digests of equal length, compared whole). */
final class WriteKey {

    private final byte[] digest;

    WriteKey(String key) {
        this.digest = sha256(key);
    }

    boolean matches(String given) {
        return given != null && MessageDigest.isEqual(digest, sha256(given));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
