package com.neckkiosk.app;

import java.io.Console;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * The one entry point: {@code java -jar neck-kiosk.jar VERB [ARGS] [--config DIR]}.
 * Every verb takes {@code --config DIR} (default {@code kiosk-config/}).
 */
public final class Main {

    static final String USAGE = String.join("\n",
            "usage: java -jar neck-kiosk.jar VERB [ARGUMENTS] [--config DIR]",
            "",
            "verbs:",
            "  kiosk [--windowed]    the patient wizard, full screen on the configured monitor;",
            "                        --windowed for a normal window, --exit-after-first-paint to",
            "                        quit once the first screen is painted (start-up measurement)",
            "  staff [--trace]       the front-desk alert console (staff PIN; alerts, printer",
            "                        problems, reprint); --trace prints each alert as it appears",
            "  test-alert [OPTIONS]  raise a test alert from this kiosk's settings, to check the",
            "                        front desk hears it; see README for the options",
            "  triage ANSWERS_FILE   apply the triage rules to an answers file; print the result",
            "  sheet ANSWERS_FILE [--lang en|es] [--png DIR] [--print [QUEUE]] [--code CODE]",
            "                        the take-home sheet for an answers file: PNG pages and/or",
            "                        printed (the configured queue, or QUEUE)",
            "  screenshots DIR       render every wizard screen (each language, normal and high",
            "                        contrast, 1920x1080) to PNG files in DIR; needs a display",
            "  check-config [DIR]    check the clinic's settings without starting anything",
            "  hash-pin [PIN]        print the hash of a staff or manager PIN for kiosk.properties",
            "  dashboard [--language=en|es]  the manager's usage charts; needs a display",
            "  seed-demo-data N [--days D]   add N synthetic visits (marked demo) over the last D",
            "                        days (default 90); seed-demo-data --remove deletes them all",
            "  cds-archive FILE      make the kiosk's class archive (AppCDS) for this java and jar",
            "                        with one training start-up; needs a display (bin/neck-kiosk",
            "                        does this on its first start)",
            "  bench NAME            measure start-up, memory and tap latency (startup, taps),",
            "                        alert latency and the console's idle CPU (alerts), the",
            "                        dashboard on a million visits (dashboard), answers to a printed",
            "                        job (print), or all of them (all);",
            "                        one 'figure = value unit' line each; needs a display",
            "  self-test             check database, printer queue, shared database and speech;",
            "                        one line each, exit 1 when something fails",
            "  backup [--to DIR]     copy the database (kiosk stopped) into DIR (default:",
            "                        <data.dir>/backups, where the running kiosk keeps 14 nightly ones)",
            "  restore BACKUP_ZIP    put a backup back in place of the database (kiosk stopped)",
            "  help                  show this text",
            "",
            "options:",
            "  --config DIR          the clinic's settings folder (default: kiosk-config)",
            "  --help                show this text");

    private Main() {
    }

    public static void main(String[] argv) {
        int code = run(argv, System.out, System.err);
        if (code != ExitCode.OK) {
            System.exit(code);
        }
    }

    /** Runs a verb; returns the exit code. GUI verbs return once their window is up. */
    static int run(String[] argv, PrintStream out, PrintStream err) {
        CommandLine line;
        try {
            line = CommandLine.parse(argv);
        } catch (CommandLine.UsageException e) {
            err.println(e.getMessage());
            return ExitCode.BAD_INPUT;
        }
        if (line.help() || line.verb().equals("help")) {
            out.println(USAGE);
            return ExitCode.OK;
        }
        switch (line.verb()) {
            case "triage":
                return TriageCommand.run(line.args(), out, err);
            case "sheet":
                return SheetCommand.run(line, out, err);
            case "check-config":
                return CheckConfigCommand.run(line.firstPositional().map(Path::of).orElse(line.configDir()), out, err);
            case "kiosk":
                return KioskCommand.run(line, err);
            case "staff":
                return StaffCommand.run(line, out, err);
            case "test-alert":
                return TestAlertCommand.run(line, out, err);
            case "screenshots":
                return ScreenshotsCommand.run(line, out, err);
            case "bench":
                return BenchCommand.run(line, out, err);
            case "dashboard":
                return DashboardCommand.run(line, err);
            case "seed-demo-data":
                return SeedDemoCommand.run(line, out, err);
            case "self-test":
                return SelfTestCommand.run(line, out, err);
            case "backup":
                return BackupCommand.backup(line, out, err);
            case "restore":
                return BackupCommand.restore(line, out, err);
            case "cds-archive":
                return ClassArchiveCommand.run(line, out, err);
            case "hash-pin":
                return HashPinCommand.run(pinArgs(line), System.in, out, err);
            case "":
                err.println("no verb given\n" + USAGE);
                return ExitCode.BAD_INPUT;
            default:
                err.println("unknown verb '" + line.verb() + "'\n" + USAGE);
                return ExitCode.BAD_INPUT;
        }
    }

    /** On a terminal, a PIN typed for {@code hash-pin} is not echoed. */
    private static List<String> pinArgs(CommandLine line) {
        Console console = System.console();
        if (!line.args().isEmpty() || console == null) {
            return line.args();
        }
        char[] pin = console.readPassword("PIN (4 to 8 digits, not shown): ");
        return pin == null ? List.of() : List.of(new String(pin));
    }
}
