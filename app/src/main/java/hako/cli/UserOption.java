package hako.cli;

import picocli.CommandLine.Option;

/** {@code --user}: who a change is recorded as, by default the system user. */
final class UserOption {

    @Option(names = "--user", paramLabel = "NAME", defaultValue = "${sys:user.name}",
            description = "Recorded as who made the change (default: the system user, ${DEFAULT-VALUE}).")
    String user;
}
