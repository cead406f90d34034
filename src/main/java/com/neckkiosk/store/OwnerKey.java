package com.neckkiosk.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The owner account's password once a database has been served: random, kept in a file
 * beside the database ({@code kiosk-owner.key}, owner-only), so it is as safe as the
 * database file itself and nobody on the network can know it. Back it up with the database.
 */
final class OwnerKey {

    private final Path file;
    private final String databaseName;

    OwnerKey(Path dataDir, String databaseName) {
        this.file = dataDir.resolve(H2Dialect.DATABASE_NAME + "-owner.key");
        this.databaseName = databaseName;
    }

    Path file() {
        return file;
    }

    boolean exists() {
        return Files.exists(file);
    }

    String read() {
        try {
            return Files.readString(file, StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            throw failure("cannot read", e);
        }
    }

    /** Writes a new random key; under another name first, so a crash never leaves half a key. */
    String create() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String key = HexFormat.of().formatHex(random);
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        try {
            Files.writeString(partial, key, StandardCharsets.US_ASCII);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-------"));
            }
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
            return key;
        } catch (IOException e) {
            throw failure("cannot write", e);
        }
    }

    private StoreException failure(String what, IOException e) {
        return new StoreException("kiosk database " + databaseName + ": " + what + " the owner key file " + file
                + " (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", e);
    }
}
