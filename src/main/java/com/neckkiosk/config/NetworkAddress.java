package com.neckkiosk.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * Checks that a setting looks like an IP address or a host name, by its spelling only:
 * the loader never waits on a name lookup, and a host that is down today is not an
 * error in the settings file.
 */
final class NetworkAddress {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern DIGITS_AND_DOTS = Pattern.compile("[\\d.]+");
    private static final Pattern IPV6_CHARACTERS = Pattern.compile("[0-9A-Fa-f:.]+");
    private static final Pattern HOST_LABEL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");

    private NetworkAddress() {
    }

    /** An IPv4 address, an IPv6 address without brackets, or a host name. */
    static boolean isValid(String text) {
        if (text.isEmpty() || text.length() > 253) {
            return false;
        }
        if (text.indexOf(':') >= 0) {
            return isIpv6(text);
        }
        if (DIGITS_AND_DOTS.matcher(text).matches()) {
            return isIpv4(text);
        }
        for (String label : text.split("\\.", -1)) {
            if (!HOST_LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return true;
    }

    static boolean isIpv4(String text) {
        if (!IPV4.matcher(text).matches()) {
            return false;
        }
        for (String part : text.split("\\.")) {
            if (Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }

    private static boolean isIpv6(String text) {
        // only hex digits, ':' and '.': InetAddress then parses a literal and never looks a name up
        if (!IPV6_CHARACTERS.matcher(text).matches()) {
            return false;
        }
        try {
            InetAddress.getByName(text);
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** 0.0.0.0 or :: mean "every address of this machine": fine to listen on, not to connect to. */
    static boolean isAnyAddress(String text) {
        if (text.indexOf(':') < 0) {
            return text.equals("0.0.0.0");
        }
        try {
            return isIpv6(text) && InetAddress.getByName(text).isAnyLocalAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
