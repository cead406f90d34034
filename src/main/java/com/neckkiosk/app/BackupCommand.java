package com.neckkiosk.app;

import com.neckkiosk.config.ClinicConfig;
import com.neckkiosk.config.DatabaseSettings;
import com.neckkiosk.store.Backups;
import com.neckkiosk.store.StoreException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * {@code backup [--to DIR]} and {@code restore ZIP}, for a stopped kiosk (before an upgrade,
 * or by hand). The running kiosk takes its own nightly backups (see {@link NightlyBackups}),
 * because it holds the database file and no other process can open it.
 */
final class BackupCommand {

    private BackupCommand() {
    }

    static int backup(CommandLine line, PrintStream out, PrintStream err) {
        List<String> args = line.args();
        Path folder = null;
        if (args.size() == 2 && args.get(0).equals("--to")) {
            folder = Path.of(args.get(1));
        } else if (!args.isEmpty()) {
            err.println("backup: unexpected '" + String.join(" ", args) + "'; usage: backup [--to DIR]");
            return ExitCode.BAD_INPUT;
        }
        DatabaseSettings database = database(line, err);
        if (database == null) {
            return ExitCode.BAD_INPUT;
        }
        Path target = folder != null ? folder : Backups.folderOf(database.dataDir());
        try {
            out.println("backup written: " + Backups.takeStopped(database.dataDir(), target, Instant.now()));
            return ExitCode.OK;
        } catch (StoreException e) {
            err.println("backup: " + e.getMessage());
            return ExitCode.FAILED;
        }
    }

    static int restore(CommandLine line, PrintStream out, PrintStream err) {
        if (line.args().size() != 1 || line.args().get(0).startsWith("--")) {
            err.println("restore: usage: restore BACKUP_ZIP (with the kiosk stopped)");
            return ExitCode.BAD_INPUT;
        }
        DatabaseSettings database = database(line, err);
        if (database == null) {
            return ExitCode.BAD_INPUT;
        }
        Path zip = Path.of(line.args().get(0));
        try {
            Backups.restore(zip, database.dataDir());
            out.println("restored " + zip + " into " + database.dataDir().toAbsolutePath().normalize()
                    + " (the replaced files end in .before-restore)");
            return ExitCode.OK;
        } catch (StoreException e) {
            err.println("restore: " + e.getMessage());
            return ExitCode.FAILED;
        }
    }

    /** The settings of a kiosk that holds its database file; null after saying why not. */
    private static DatabaseSettings database(CommandLine line, PrintStream err) {
        Optional<ClinicConfig> config = ClinicSettings.load(line.configDir(), err);
        if (config.isEmpty()) {
            return null;
        }
        DatabaseSettings database = config.get().database();
        if (database.mode() == DatabaseSettings.Mode.CLIENT) {
            err.println(line.verb() + ": this kiosk uses the database of the server kiosk at " + database.host() + ":"
                    + database.port() + " (db.mode = client); back up and restore on that kiosk");
            return null;
        }
        return database;
    }
}
