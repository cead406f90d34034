package com.neckkiosk.store;

import java.sql.SQLException;
import org.h2.api.ErrorCode;

/**
 * Turns what the JDBC driver throws into plain words a clinic's staff can act on. The
 * codes are H2's; the SQLState fallbacks are the standard ones.
 */
final class DatabaseErrors {

    private DatabaseErrors() {
    }

    static String plainWords(Throwable problem) {
        SQLException sql = firstSqlException(problem);
        if (sql == null) {
            return firstLine(problem.getMessage() == null ? problem.getClass().getSimpleName() : problem.getMessage());
        }
        String words = byErrorCode(sql);
        return words != null ? words : byState(sql);
    }

    /** Two writers met on the same row; running the transaction again will work. */
    static boolean worthRetrying(SQLException e) {
        int code = e.getErrorCode();
        return code == ErrorCode.DUPLICATE_KEY_1 || code == ErrorCode.LOCK_TIMEOUT_1
                || code == ErrorCode.DEADLOCK_1 || code == ErrorCode.CONCURRENT_UPDATE_1
                || "23505".equals(e.getSQLState()) || "40001".equals(e.getSQLState());
    }

    static boolean isWrongPassword(SQLException e) {
        return e.getErrorCode() == ErrorCode.WRONG_USER_OR_PASSWORD;
    }

    private static String byErrorCode(SQLException e) {
        switch (e.getErrorCode()) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1:
                return "the database file is in use by another program (is a second kiosk already running on this computer?)";
            case ErrorCode.WRONG_USER_OR_PASSWORD:
                return "wrong password for database user " + H2Dialect.CLIENT
                        + " (check the database password in the kiosk settings)";
            case ErrorCode.CONNECTION_BROKEN_1:
                return "cannot reach the database server, or the connection to it was lost"
                        + " (is the server kiosk on, and are the address and port right?)";
            case ErrorCode.REMOTE_DATABASE_NOT_FOUND_1:
            case ErrorCode.DATABASE_NOT_FOUND_WITH_IF_EXISTS_1:
            case ErrorCode.DATABASE_NOT_FOUND_1:
                return "the server has no kiosk database (the server kiosk creates it when it first starts)";
            case ErrorCode.REMOTE_CONNECTION_NOT_ALLOWED:
                return "the server accepts connections only from its own computer (its bind address is a loopback address)";
            case ErrorCode.DATABASE_IS_READ_ONLY:
                return "the database is read-only (is the disk full or read-only, or the file write-protected?)";
            case ErrorCode.IO_EXCEPTION_1:
            case ErrorCode.IO_EXCEPTION_2:
            case ErrorCode.FILE_NOT_FOUND_1:
                return "could not read or write the database file (is the disk full, read-only or removed?): "
                        + firstLine(e.getMessage());
            case ErrorCode.FILE_CORRUPTED_1:
                return "the database file is damaged; restore it from a backup";
            case ErrorCode.FILE_VERSION_ERROR_1:
                return "the database file was written by another version of H2 and this program cannot read it";
            case ErrorCode.LOCK_TIMEOUT_1:
            case ErrorCode.DEADLOCK_1:
            case ErrorCode.CONCURRENT_UPDATE_1:
                return "the database stayed busy with another write for too long; try again";
            case ErrorCode.EXCEPTION_OPENING_PORT_2:
                return "cannot listen on that address and port (is another server already using the port?)";
            case ErrorCode.DATABASE_IS_CLOSED:
                return "the database was closed";
            case ErrorCode.OUT_OF_MEMORY:
                return "the program ran out of memory";
            case ErrorCode.VALUE_TOO_LONG_2:
            case ErrorCode.NULL_NOT_ALLOWED:
            case ErrorCode.CHECK_CONSTRAINT_VIOLATED_1:
            case ErrorCode.REFERENTIAL_INTEGRITY_VIOLATED_PARENT_MISSING_1:
            case ErrorCode.REFERENTIAL_INTEGRITY_VIOLATED_CHILD_EXISTS_1:
            case ErrorCode.DUPLICATE_KEY_1:
                return "the database refused the data: " + firstLine(e.getMessage());
            case ErrorCode.TABLE_OR_VIEW_NOT_FOUND_1:
            case ErrorCode.TABLE_OR_VIEW_NOT_FOUND_WITH_CANDIDATES_2:
            case ErrorCode.TABLE_OR_VIEW_NOT_FOUND_DATABASE_EMPTY_1:
            case ErrorCode.COLUMN_NOT_FOUND_1:
                return "the database is missing part of the kiosk's tables: " + firstLine(e.getMessage());
            default:
                return null;
        }
    }

    private static String byState(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.startsWith("08")) {
            return "cannot reach the database, or the connection to it was lost: " + firstLine(e.getMessage());
        }
        if (state.startsWith("23")) {
            return "the database refused the data: " + firstLine(e.getMessage());
        }
        return firstLine(e.getMessage());
    }

    private static SQLException firstSqlException(Throwable problem) {
        for (Throwable t = problem; t != null; t = t.getCause()) {
            if (t instanceof SQLException) {
                return (SQLException) t;
            }
        }
        return null;
    }

    /** The driver's first line, without the statement text or H2's {@code [22001-252]} tag. */
    static String firstLine(String message) {
        if (message == null) {
            return "unknown database error";
        }
        String line = message.strip().lines().findFirst().orElse("");
        int statement = line.indexOf("; SQL statement:");
        if (statement >= 0) {
            line = line.substring(0, statement);
        }
        return line.replaceAll("\\s*\\[\\d+-\\d+]$", "").strip();
    }
}
