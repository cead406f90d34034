package com.neckkiosk.app;

import com.neckkiosk.config.PinHash;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * {@code hash-pin [PIN]}: prints the hash of a staff or manager PIN, to paste into
 * kiosk.properties after {@code staff.pin.hash =} or {@code manager.pin.hash =}.
 * Without an argument it reads the PIN from one line of standard input, which keeps
 * it out of the shell history and the process list.
 */
public final class HashPinCommand {

    public static final int EXIT_OK = 0;
    public static final int EXIT_BAD_PIN = 2;

    private static final String WHAT_A_PIN_IS = "a PIN is " + PinHash.MIN_PIN_DIGITS + " to "
            + PinHash.MAX_PIN_DIGITS + " digits (0-9)";

    private HashPinCommand() {
    }

    /**
     * Prints the hash on one line to {@code out} and returns {@link #EXIT_OK}; a missing
     * or bad PIN prints one line to {@code err} (never the PIN) and returns
     * {@link #EXIT_BAD_PIN}.
     */
    public static int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
        if (args.size() > 1) {
            err.println("hash-pin: give one PIN, or none to type it on standard input; " + WHAT_A_PIN_IS);
            return EXIT_BAD_PIN;
        }
        char[] pin = args.isEmpty() ? readLine(in) : args.get(0).toCharArray();
        try {
            if (pin == null) {
                err.println("hash-pin: no PIN given; pass it as the argument or type it on standard input ("
                        + WHAT_A_PIN_IS + ")");
                return EXIT_BAD_PIN;
            }
            if (!PinHash.isValidPin(pin)) {
                err.println("hash-pin: not a usable PIN; " + WHAT_A_PIN_IS);
                return EXIT_BAD_PIN;
            }
            out.println(PinHash.hash(pin));
            return EXIT_OK;
        } finally {
            if (pin != null) {
                Arrays.fill(pin, '\0');
            }
        }
    }

    /** One line without its end and surrounding spaces, or null at end of input. */
    private static char[] readLine(InputStream in) {
        try {
            // not closed: the stream belongs to the caller (usually System.in)
            String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
            return line == null ? null : line.strip().toCharArray();
        } catch (IOException e) {
            return null;
        }
    }
}
