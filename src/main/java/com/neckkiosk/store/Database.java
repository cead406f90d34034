package com.neckkiosk.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The connection pool, and the one way the store uses it: short units of work whose
 * failures become a {@link StoreException} naming this database. Thread-safe.
 */
final class Database implements AutoCloseable {

    /** Enough for two kiosks racing for the same counter row; a real conflict still fails. */
    private static final int MAX_ATTEMPTS = 5;
    private static final int MAX_CONNECTIONS = 8;
    private static final System.Logger LOG = System.getLogger(Database.class.getName());

    /** Statements executed by the store. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final String name;
    private final String url;
    private final String user;
    private final String password;
    /** Replaced only by {@link #compactInPlace}. */
    private volatile JdbcConnectionPool pool;
    /** Held shared while a pooled connection is in use; {@link #compactInPlace} holds it alone. */
    private final ReentrantReadWriteLock using = new ReentrantReadWriteLock();
    private volatile boolean closed;
    private ScheduledExecutorService syncer;

    /**
     * @param name how messages name the database: its path, or host:port for a client
     */
    Database(String name, String url, String user, String password) {
        this.name = name;
        this.url = url;
        this.user = user;
        this.password = password;
        this.pool = newPool();
    }

    private JdbcConnectionPool newPool() {
        JdbcConnectionPool created = JdbcConnectionPool.create(url, user, password);
        created.setMaxConnections(MAX_CONNECTIONS);
        return created;
    }

    /** This process opened the database file itself (it is not a client of a server). */
    boolean holdsFile() {
        return H2Dialect.isFileUrl(url);
    }

    DataSource dataSource() {
        return pool;
    }

    /** Runs statements one by one in autocommit mode: for the store's own upkeep. */
    <T> T withConnection(String what, Work<T> work) {
        checkUsable(what);
        using.readLock().lock();
        try (Connection connection = pool.getConnection()) {
            return work.run(connection);
        } catch (SQLException | RuntimeException e) {
            throw failure(what, e);
        } finally {
            using.readLock().unlock();
        }
    }

    /**
     * Runs statements that only read, on one snapshot of the database, so that a visit is
     * never read half-way through being replaced.
     */
    <T> T read(String what, Work<T> work) {
        checkUsable(what);
        try {
            return transaction(Connection.TRANSACTION_REPEATABLE_READ, work);
        } catch (SQLException | RuntimeException e) {
            throw failure(what, e);
        }
    }

    /**
     * Runs statements in one transaction: all of them take effect, or none. A transaction
     * that met another writer on the same row is run again; the work must allow that.
     */
    <T> T write(String what, Work<T> work) {
        checkUsable(what);
        for (int attempt = 1; ; attempt++) {
            try {
                T result = transaction(Connection.TRANSACTION_READ_COMMITTED, work);
                forceToDisk();
                return result;
            } catch (SQLException e) {
                if (attempt < MAX_ATTEMPTS && DatabaseErrors.worthRetrying(e)) {
                    continue;
                }
                throw failure(what, e);
            } catch (RuntimeException e) {
                throw failure(what, e);
            }
        }
    }

    private <T> T transaction(int isolation, Work<T> work) throws SQLException {
        using.readLock().lock();
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(isolation);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollback(connection, e);
                throw e;
            } finally {
                // pooled connections go back as they came
                connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                connection.setAutoCommit(true);
            }
        } finally {
            using.readLock().unlock();
        }
    }

    /**
     * Forces what this process committed to its own file onto the disk (one fsync), so a power
     * cut cannot take a visit or an alert the kiosk said it had saved. H2 writes each commit
     * to the file (WRITE_DELAY 0) but leaves flushing it to the operating system, which may wait
     * half a minute. A client leaves that to the server ({@link #forceToDiskEvery}). A failure
     * here is logged, not thrown: the commit stands, and the self-test sees a failing disk.
     */
    void forceToDisk() {
        if (!holdsFile()) {
            return;
        }
        using.readLock().lock();
        try {
            if (!closed) {
                sync();
            }
        } finally {
            using.readLock().unlock();
        }
    }

    private void sync() {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CHECKPOINT SYNC");
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.WARNING, describe("cannot force the last commit onto the disk: "
                    + DatabaseErrors.plainWords(e)));
        }
    }

    /**
     * For a kiosk that serves the database to others: their commits are forced onto the disk
     * at least every {@code millis} as well (an fsync of an unchanged file costs next to nothing).
     */
    synchronized void forceToDiskEvery(long millis) {
        if (syncer == null && holdsFile()) {
            syncer = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "database-sync");
                thread.setDaemon(true);
                return thread;
            });
            syncer.scheduleWithFixedDelay(this::forceToDisk, millis, millis, TimeUnit.MILLISECONDS);
        }
    }

    private static void rollback(Connection connection, Exception problem) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            problem.addSuppressed(e);
        }
    }

    /** A store exception that names this database, what was being done, and what went wrong. */
    StoreException failure(String what, Throwable problem) {
        if (problem instanceof StoreException) {
            return (StoreException) problem;
        }
        return new StoreException(describe(what + ": " + DatabaseErrors.plainWords(problem)), problem);
    }

    String describe(String problem) {
        return "kiosk database " + name + ": " + problem;
    }

    private void checkUsable(String what) {
        assert !onEventDispatchThread() : "database work on the event dispatch thread; use StoreWriter";
        if (closed) {
            throw new StoreException(describe(what + ": the store is closed"));
        }
    }

    /** By name, so the store needs no AWT: blocking here would freeze the touch screen. */
    private static boolean onEventDispatchThread() {
        return Thread.currentThread().getName().startsWith("AWT-EventQueue");
    }

    /**
     * Closes the pool, then makes sure the database itself is closed, so its files can be
     * replaced. The pool's connections go first: H2's SHUTDOWN waits seconds for others.
     */
    void shutdown() {
        close();
        lastConnection("cannot close the database", H2Dialect::shutdown);
    }

    /**
     * Whether this process holds the file and the file is mostly space its data no longer uses
     * (commits are appended, see {@link H2Dialect#fileUrl}); false once closed.
     */
    boolean sparse() {
        return holdsFile() && !closed && withConnection("cannot measure the database file", H2Dialect::sparse);
    }

    /**
     * As {@link #shutdown}, rewriting the file without its free space (can take seconds), unless
     * someone else still has the database open (another store in this process, or a client): H2's
     * SHUTDOWN would close it under them. Returns whether it compacted.
     */
    boolean closeCompactedIfAlone() {
        close();
        return lastConnection("cannot compact the database", Database::compactIfAlone);
    }

    /**
     * As {@link #closeCompactedIfAlone}, but a compaction that fails is only logged: every commit
     * is in the file already, and only its size waits for the next chance.
     */
    void closeCompactedQuietly() {
        try {
            closeCompactedIfAlone();
        } catch (StoreException e) {
            LOG.log(System.Logger.Level.WARNING, e.getMessage() + "; the file is compacted at the next chance");
        }
    }

    private static boolean compactIfAlone(Connection connection) throws SQLException {
        if (!H2Dialect.alone(connection)) {
            return false;
        }
        H2Dialect.shutdownCompacted(connection);
        return true;
    }

    /**
     * Compacts the file as {@link #closeCompactedIfAlone} does while the store stays open: waits
     * for the connections in use, closes the pool, compacts (unless someone else has the database
     * open), and opens a new pool. Work asked for meanwhile waits for it (seconds at most; off the
     * EDT, as all database work). Returns whether it compacted.
     */
    boolean compactInPlace() {
        using.writeLock().lock();
        try {
            if (closed || !holdsFile()) {
                return false;
            }
            pool.dispose();
            try {
                return lastConnection("cannot compact the database", Database::compactIfAlone);
            } finally {
                pool = newPool();
                withConnection("cannot open the compacted database", connection -> {
                    H2Dialect.writeEachCommit(connection);
                    return null;
                });
            }
        } finally {
            using.writeLock().unlock();
        }
    }

    /** A connection of its own once the pool is gone, for the statement that closes the database. */
    private <T> T lastConnection(String what, Work<T> closing) {
        try (Connection last = DriverManager.getConnection(url, user, password)) {
            return closing.run(last);
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    /** Waits for the work in progress (unless called from within some) and for a compaction. */
    @Override
    public void close() {
        boolean exclusive = using.getReadHoldCount() == 0;
        if (exclusive) {
            using.writeLock().lock();
        }
        try {
            closed = true;
            synchronized (this) {
                if (syncer != null) {
                    syncer.shutdownNow();
                }
            }
            pool.dispose();
        } finally {
            if (exclusive) {
                using.writeLock().unlock();
            }
        }
    }
}
