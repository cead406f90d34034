package com.neckkiosk.store;

import com.neckkiosk.config.DatabaseSettings;
import java.io.IOException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.h2.engine.SysProperties;
import org.h2.tools.Server;

/**
 * H2's TCP server, through which a SERVER kiosk shares its database with the front desk
 * and other kiosks. Never the web console; never a database a client names into being
 * ({@code -ifExists}); other computers only when the bind address is not a loopback one.
 */
final class TcpServer implements AutoCloseable {

    /** H2 reads its listening address from this system property, once, when H2 first loads. */
    private static final String BIND_PROPERTY = "h2.bindAddress";

    private final Server server;

    private TcpServer(Server server) {
        this.server = server;
    }

    /**
     * Sets H2's bind address; must run before the process first touches H2, which is
     * why opening a SERVER store calls it first.
     */
    static void prepareBindAddress(DatabaseSettings settings) {
        if (System.getProperty(BIND_PROPERTY) == null) {
            System.setProperty(BIND_PROPERTY, address(settings).getHostAddress());
        }
    }

    static TcpServer start(DatabaseSettings settings) {
        String name = nameOf(settings);
        InetAddress address = address(settings);
        checkBindAddressApplied(address, name);
        List<String> args = new ArrayList<>(List.of(
                "-tcpPort", Integer.toString(settings.port()),
                "-baseDir", settings.dataDir().toAbsolutePath().normalize().toString(),
                "-ifExists",
                "-tcpDaemon"));
        if (!address.isLoopbackAddress()) {
            args.add("-tcpAllowOthers");
        }
        try {
            return new TcpServer(Server.createTcpServer(args.toArray(String[]::new)).start());
        } catch (SQLException e) {
            throw new StoreException(name + ": cannot start: " + DatabaseErrors.plainWords(e), e);
        }
    }

    /**
     * H2 may have loaded before the address could be set, and then listens on every
     * address. That is acceptable for a loopback bind address, because without
     * {@code -tcpAllowOthers} H2 refuses every connection that does not come from this
     * computer; for one network address it is not.
     */
    private static void checkBindAddressApplied(InetAddress wanted, String name) {
        String applied = SysProperties.BIND_ADDRESS;
        boolean acceptable = applied == null
                ? wanted.isLoopbackAddress() || wanted.isAnyLocalAddress()
                : sameAddress(applied, wanted);
        if (!acceptable) {
            throw new StoreException(name + ": cannot start: the database engine was loaded before its address could"
                    + " be set and would listen on " + (applied == null ? "every address" : applied)
                    + "; start the program with -D" + BIND_PROPERTY + "=" + wanted.getHostAddress());
        }
    }

    private static boolean sameAddress(String applied, InetAddress wanted) {
        try {
            return InetAddress.getByName(applied).equals(wanted);
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static InetAddress address(DatabaseSettings settings) {
        String name = nameOf(settings);
        String bind = settings.bindAddress();
        if (bind == null || bind.isBlank()) {
            throw new StoreException(name + ": cannot start: no bind address in the settings");
        }
        if (settings.port() < 1 || settings.port() > 65535) {
            throw new StoreException(name + ": cannot start: the port must be 1 to 65535");
        }
        try {
            InetAddress address = InetAddress.getByName(bind);
            if (!address.isAnyLocalAddress() && NetworkInterface.getByInetAddress(address) == null) {
                throw new StoreException(name + ": cannot start: " + bind + " is not an address of this computer");
            }
            return address;
        } catch (IOException e) {
            throw new StoreException(name + ": cannot start: " + bind + " is not an address of this computer", e);
        }
    }

    private static String nameOf(DatabaseSettings settings) {
        return "kiosk database server " + H2Dialect.hostAndPort(String.valueOf(settings.bindAddress()), settings.port());
    }

    /** Stops listening and closes the sessions of other computers. */
    @Override
    public void close() {
        server.stop();
    }
}
