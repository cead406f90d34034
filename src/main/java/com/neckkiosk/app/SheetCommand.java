package com.neckkiosk.app;

import com.neckkiosk.config.ClinicConfig;
import com.neckkiosk.config.ConfigException;
import com.neckkiosk.config.ConfigLoader;
import com.neckkiosk.content.Language;
import com.neckkiosk.print.PrintOutcome;
import com.neckkiosk.print.Sheet;
import com.neckkiosk.print.SheetImages;
import com.neckkiosk.print.SheetLayout;
import com.neckkiosk.print.SheetPrinter;
import com.neckkiosk.triage.Answers;
import com.neckkiosk.triage.AnswersFile;
import com.neckkiosk.triage.AnswersFileException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;

/**
 * {@code sheet ANSWERS_FILE [--lang en|es] [--png DIR] [--print [QUEUE]] [--code CODE]}: the
 * take-home sheet for an answers file (the {@code triage} format), as PNG pages and/or printed,
 * on the clinic's paper size. Without {@code --png} or {@code --print} it says how many pages
 * the sheet takes. For staff and for tests; nothing is stored.
 */
final class SheetCommand {

    static final String USAGE =
            "usage: neck-kiosk sheet ANSWERS_FILE [--lang en|es] [--png DIR] [--print [QUEUE]] [--code CODE]";
    static final int PNG_DPI = 100;

    private SheetCommand() {
    }

    /** The parsed arguments; {@code queue} is null without --print and "" for the configured queue. */
    record Request(Path answers, Language language, Path pngDir, String queue, String code) {
    }

    static int run(CommandLine line, PrintStream out, PrintStream err) {
        Request request;
        try {
            request = parse(line.args());
        } catch (IllegalArgumentException e) {
            err.println("sheet: " + e.getMessage() + "; " + USAGE);
            return ExitCode.BAD_INPUT;
        }
        Answers answers;
        ClinicConfig config;
        try {
            answers = AnswersFile.read(request.answers());
            config = ConfigLoader.load(line.configDir());
        } catch (AnswersFileException | ConfigException e) {
            err.println(e.getMessage());
            return ExitCode.BAD_INPUT;
        }
        Sheet sheet = Sheet.of(config, answers, request.language(), request.code(), LocalDate.now());
        SheetLayout layout = SheetLayout.of(sheet);
        out.println("sheet: " + layout.pages().size() + " page(s), " + config.paperSize() + ", "
                + request.language().code() + ", " + sheet.disposition());
        if (request.pngDir() != null) {
            try {
                String prefix = "sheet_" + request.language().code() + "_" + config.paperSize().name().toLowerCase();
                for (Path file : SheetImages.write(layout, request.pngDir(), prefix, PNG_DPI)) {
                    out.println("wrote " + file);
                }
            } catch (IOException e) {
                err.println("sheet: cannot write the pages to " + request.pngDir() + ": " + e.getMessage());
                return ExitCode.FAILED;
            }
        }
        if (request.queue() != null) {
            String queue = request.queue().isEmpty() ? config.printerQueue() : request.queue();
            try (SheetPrinter printer = new SheetPrinter(Duration.ofSeconds(config.printTimeoutSeconds()))) {
                PrintOutcome outcome = printer.print(sheet, queue).get();
                if (!outcome.printed()) {
                    err.println("sheet: not printed: " + outcome);
                    return ExitCode.FAILED;
                }
                out.println("printed: " + outcome.detail());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return ExitCode.FAILED;
            } catch (ExecutionException e) {
                err.println("sheet: not printed: " + e.getCause());
                return ExitCode.FAILED;
            }
        }
        return ExitCode.OK;
    }

    static Request parse(List<String> args) {
        List<String> files = new ArrayList<>();
        Language language = Language.EN;
        Path png = null;
        String queue = null;
        String code = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--lang" -> {
                    String value = value(args, ++i, "--lang needs a language: en or es");
                    language = Language.fromCode(value).orElseThrow(() -> new IllegalArgumentException(
                            "unknown language '" + value + "' for --lang; allowed: en, es"));
                }
                case "--png" -> png = path(value(args, ++i, "--png needs a folder for the pages"));
                case "--code" -> code = value(args, ++i, "--code needs a visit code, e.g. K7-12");
                case "--print" -> {
                    boolean named = i + 1 < args.size() && !args.get(i + 1).startsWith("--");
                    // a second plain argument after the answers file is the queue
                    queue = named && !files.isEmpty() ? args.get(++i) : "";
                }
                default -> {
                    if (arg.startsWith("-")) {
                        throw new IllegalArgumentException("unknown option '" + arg
                                + "'; allowed: --lang, --png, --print, --code, --config");
                    }
                    files.add(arg);
                }
            }
        }
        if (files.size() != 1) {
            throw new IllegalArgumentException(files.isEmpty() ? "no answers file given"
                    : "expected one answers file, got " + files.size() + " arguments " + files);
        }
        return new Request(path(files.get(0)), language, png, queue, code);
    }

    private static String value(List<String> args, int i, String missing) {
        if (i >= args.size() || args.get(i).startsWith("--")) {
            throw new IllegalArgumentException(missing);
        }
        return args.get(i);
    }

    private static Path path(String name) {
        try {
            return Path.of(name);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException(name + ": not a valid file name: " + e.getReason());
        }
    }
}
