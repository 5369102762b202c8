package hako.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.Channels;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Streams a non-UTF-8 export into a temporary UTF-8 file for DuckDB. Undecodable bytes are an
 * error naming the line, never silently replaced.
 */
final class Transcoder {

    private Transcoder() {
    }

    static Path toUtf8(CsvFile file, Path tempDir, ImportProgress progress) throws IOException, ImportFailed {
        Path out = Files.createTempFile(tempDir, "hako-", ".utf8.csv");
        long total = Files.size(file.path());
        CharsetDecoder decoder = file.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(1 << 16);
        CharBuffer chars = CharBuffer.allocate(1 << 16);
        long[] line = {1};
        long read = 0;
        try (InputStream input = Files.newInputStream(file.path());
             OutputStream os = Files.newOutputStream(out);
             Writer writer = Channels.newWriter(Channels.newChannel(os), StandardCharsets.UTF_8)) {
            boolean eof = false;
            while (!eof) {
                int n = input.read(in.array(), in.position(), in.remaining());
                if (n < 0) {
                    eof = true;
                } else {
                    in.position(in.position() + n);
                    read += n;
                }
                in.flip();
                CoderResult result;
                do {
                    result = decoder.decode(in, chars, eof);
                    drain(chars, writer, line);
                    if (result.isError()) {
                        throw ImportFailed.of(new ImportError(file.name(), line[0], null, "bytes that are not valid "
                                + file.encodingLabel() + " (is the file in another encoding? use --encoding)"));
                    }
                } while (result.isOverflow());
                in.compact();
                progress.advance("transcoding " + file.name(), read, total);
            }
            decoder.flush(chars);
            drain(chars, writer, line);
        } catch (ImportFailed | IOException | RuntimeException e) {
            Files.deleteIfExists(out);
            throw e;
        }
        return out;
    }

    private static void drain(CharBuffer chars, Writer writer, long[] line) throws IOException {
        chars.flip();
        for (int i = chars.position(); i < chars.limit(); i++) {
            if (chars.get(i) == '\n') {
                line[0]++;
            }
        }
        writer.append(chars);
        chars.clear();
    }
}
