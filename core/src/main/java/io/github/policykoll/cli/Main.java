package io.github.policykoll.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ServiceLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code policykoll} command line. */
@Command(name = "policykoll", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        scope = CommandLine.ScopeType.INHERIT, // --help and --version on every sub-command too
        description = "Checks social-media posts against the social media policy of Socialdemokraterna i "
                + "Stockholmsregionen.",
        subcommands = {CheckCommand.class, RulesCommand.class, QualityCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Exit status of a failure inside policykoll (a bug, out of memory), apart from 1 (--fail-on) and 2 (input). */
    public static final int INTERNAL_ERROR = 3;

    public static void main(String[] args) {
        int status;
        try {
            status = run(args);
        } catch (OutOfMemoryError e) {
            System.err.println("policykoll: out of memory; give Java more (JAVA_TOOL_OPTIONS=-Xmx2g) or check smaller posts");
            status = INTERNAL_ERROR;
        }
        System.exit(status);
    }

    /** Runs the command line and returns its exit status (for tests and embedding). */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        // JSON is UTF-8 (RFC 8259) whatever the locale says; under LANG=C Java would write "?" for "å"
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        cl.setOut(out);
        cl.setErr(err);
        // commands of other modules on the classpath (serve, audit: policykoll-server)
        for (Subcommand extra : ServiceLoader.load(Subcommand.class, Main.class.getClassLoader())) {
            cl.addSubcommand(extra);
        }
        cl.addSubcommand(new CommandLine.HelpCommand());
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("policykoll: internal error: " + e.getMessage());
            return INTERNAL_ERROR;
        });
        try {
            return cl.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say what to do: check, rules test DIR, or see --help");
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            Package p = Main.class.getPackage();
            String v = p == null ? null : p.getImplementationVersion();
            return new String[] {"policykoll " + (v == null ? "(development)" : v)};
        }
    }
}
