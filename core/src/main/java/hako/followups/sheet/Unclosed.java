package hako.followups.sheet;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** fastexcel closes the stream it wrote to; the caller owns it (a servlet response, say). */
final class Unclosed extends FilterOutputStream {

    Unclosed(OutputStream out) {
        super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
