package com.neckkiosk.alerts;

import com.neckkiosk.content.Language;
import com.neckkiosk.store.AlertRecord;
import com.neckkiosk.store.VisitRecord;
import com.neckkiosk.store.VisitRecord.Outcome;
import com.neckkiosk.store.VisitRecord.SheetStatus;
import com.neckkiosk.triage.Disposition;
import com.neckkiosk.triage.Exercise;
import com.neckkiosk.triage.Question;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Alerts a kiosk could not commit to the shared database, kept on its own disk until they
 * can be: one owner-only file per alert in {@code <data.dir>/alert-spool/}, holding only
 * ids (the visit's answers as the contract's ids, the hour it started, the alert's level,
 * reasons and time). A file is written whole and then renamed into place, so a crash never
 * leaves half an alert; it is deleted only after the database has committed the alert, so
 * a crash in between delivers it again, and the store's idempotent alert ids keep it once.
 */
public final class AlertSpool {

    static final String FOLDER = "alert-spool";
    private static final String SUFFIX = ".alert";
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9-]{1,36}");

    /** One spooled alert with the visit it belongs to. */
    public record Entry(VisitRecord visit, AlertRecord alert) {
    }

    private final Path folder;

    public AlertSpool(Path dataDir) {
        this.folder = dataDir.toAbsolutePath().normalize().resolve(FOLDER);
    }

    public Path folder() {
        return folder;
    }

    /** Keeps the alert until {@link #remove} is called for it. */
    public synchronized void put(VisitRecord visit, AlertRecord alert) {
        String id = alert.id();
        if (!SAFE_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("alert id must match " + SAFE_ID.pattern());
        }
        try {
            createFolder();
            Path temp = Files.createTempFile(folder, "writing-", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                toProperties(visit, alert).store(out, "an alert waiting for the shared database; ids only");
            }
            Files.move(temp, folder.resolve(id + SUFFIX), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("alert spool " + folder + ": cannot keep the alert: " + e.getMessage(), e);
        }
    }

    /** Every spooled alert, oldest first. A damaged file is reported, not skipped. */
    public synchronized List<Entry> pending() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Entry> entries = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + SUFFIX)) {
            for (Path file : files) {
                entries.add(read(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("alert spool " + folder + ": cannot read: " + e.getMessage(), e);
        }
        entries.sort(Comparator.comparing((Entry e) -> e.alert().raisedAt()).thenComparing(e -> e.alert().id()));
        return entries;
    }

    public synchronized int size() {
        return pending().size();
    }

    /** Forgets an alert once the database has it. */
    public synchronized void remove(String alertId) {
        try {
            Files.deleteIfExists(folder.resolve(alertId + SUFFIX));
        } catch (IOException e) {
            throw new UncheckedIOException("alert spool " + folder + ": cannot remove a delivered alert: "
                    + e.getMessage(), e);
        }
    }

    private void createFolder() throws IOException {
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder,
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
        if (!Files.isWritable(folder)) {
            throw new AccessDeniedException(folder.toString(), null, "the folder is not writable");
        }
    }

    static Properties toProperties(VisitRecord v, AlertRecord a) {
        Properties p = new Properties();
        p.setProperty("visit.id", v.id());
        p.setProperty("visit.started_hour", v.startedHour().toString());
        p.setProperty("visit.kiosk_id", v.kioskId());
        p.setProperty("visit.language", v.language().code());
        p.setProperty("visit.steps_reached", Integer.toString(v.stepsReached()));
        v.answers().forEach((question, answer) -> p.setProperty("answer." + question.id(), answer));
        p.setProperty("visit.help_requested", Boolean.toString(v.helpRequested()));
        p.setProperty("visit.disposition", v.disposition() == null ? "" : v.disposition().name());
        p.setProperty("visit.reasons", String.join(",", v.reasons()));
        p.setProperty("visit.exercises", String.join(",", v.exercises().stream().map(Exercise::id).toList()));
        p.setProperty("visit.outcome", v.outcome().name());
        p.setProperty("visit.last_step", v.lastStep());
        p.setProperty("visit.sheet", v.sheet().name());
        p.setProperty("visit.code", v.visitCode() == null ? "" : v.visitCode());
        p.setProperty("visit.duration_seconds", Long.toString(v.durationSeconds()));
        p.setProperty("visit.demo", Boolean.toString(v.demo()));
        p.setProperty("alert.id", a.id());
        p.setProperty("alert.level", a.level().name());
        p.setProperty("alert.reasons", String.join(",", a.reasons()));
        p.setProperty("alert.visit_code", a.visitCode());
        p.setProperty("alert.kiosk_id", a.kioskId());
        p.setProperty("alert.raised_at", a.raisedAt().toString());
        return p;
    }

    private Entry read(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        try {
            return fromProperties(p);
        } catch (RuntimeException e) {
            throw new IOException(file + " is damaged (" + e.getMessage() + "); move it aside and tell the clinic's IT", e);
        }
    }

    static Entry fromProperties(Properties p) {
        Map<Question, String> answers = new EnumMap<>(Question.class);
        for (Question question : Question.values()) {
            String answer = p.getProperty("answer." + question.id());
            if (answer != null) {
                answers.put(question, answer);
            }
        }
        String disposition = required(p, "visit.disposition");
        String code = required(p, "visit.code");
        VisitRecord visit = new VisitRecord(required(p, "visit.id"),
                LocalDateTime.parse(required(p, "visit.started_hour")), required(p, "visit.kiosk_id"),
                Language.fromCode(required(p, "visit.language"))
                        .orElseThrow(() -> new IllegalArgumentException("unknown language")),
                Integer.parseInt(required(p, "visit.steps_reached")), answers,
                Boolean.parseBoolean(required(p, "visit.help_requested")),
                disposition.isEmpty() ? null : Disposition.valueOf(disposition), list(required(p, "visit.reasons")),
                list(required(p, "visit.exercises")).stream().map(AlertSpool::exercise).toList(),
                Outcome.valueOf(required(p, "visit.outcome")), required(p, "visit.last_step"),
                SheetStatus.valueOf(required(p, "visit.sheet")), code.isEmpty() ? null : code,
                Long.parseLong(required(p, "visit.duration_seconds")), Boolean.parseBoolean(required(p, "visit.demo")));
        AlertRecord alert = new AlertRecord(required(p, "alert.id"), visit.id(),
                Disposition.valueOf(required(p, "alert.level")), list(required(p, "alert.reasons")),
                required(p, "alert.visit_code"), required(p, "alert.kiosk_id"),
                Instant.parse(required(p, "alert.raised_at")), null);
        return new Entry(visit, alert);
    }

    private static String required(Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null) {
            throw new IllegalArgumentException("no " + key);
        }
        return value;
    }

    private static List<String> list(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }

    private static Exercise exercise(String id) {
        for (Exercise exercise : Exercise.values()) {
            if (exercise.id().equals(id)) {
                return exercise;
            }
        }
        throw new IllegalArgumentException("unknown exercise " + id);
    }
}
