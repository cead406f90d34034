package com.neckkiosk.store;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** The folder holding the database file: created for the kiosk's own user only. */
final class DataDirectory {

    private DataDirectory() {
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    static void prepare(Path dir, String databaseName) {
        if (Files.isDirectory(dir)) {
            return;
        }
        try {
            if (posix()) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectories(dir);
            }
        } catch (IOException e) {
            throw new StoreException("kiosk database " + databaseName + ": cannot create the data folder " + dir
                    + " (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", e);
        }
    }

    /**
     * Makes a database file the process just created readable by its owner only, for when
     * the folder was made by someone else with wider permissions. Best effort: the folder
     * permissions are the main protection.
     */
    static void protect(Path file) {
        if (posix() && Files.exists(file)) {
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (IOException | UnsupportedOperationException e) {
                // e.g. a file system that ignores permissions; the folder still protects it
            }
        }
    }
}
