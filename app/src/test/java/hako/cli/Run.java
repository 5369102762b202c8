package hako.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One in-process run of the {@code hako} command line, with what it printed. */
record Run(int exitCode, String out, String err) {

    static Run hako(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Hako.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }
}
