package io.dcim.power.endpoint;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * Checks the host of a target: an IPv4 or IPv6 literal or a DNS name, which must resolve on this server (the
 * poller runs here, so a name it cannot resolve could never be polled) and must not be the wildcard address
 * (which the network stack delivers to this very machine, whose own agent would answer).
 */
final class Hosts {

    private static final int MAX_LENGTH = 253;
    private static final Pattern DOTTED_NUMBERS = Pattern.compile("[0-9.]+");
    private static final Pattern IPV4 = Pattern.compile(
            "((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])");
    private static final Pattern DNS_NAME = Pattern.compile(
            "[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\\.?");
    private static final Pattern IPV6_CHARACTERS = Pattern.compile("[0-9A-Fa-f:][0-9A-Fa-f:.]*");

    private Hosts() {
    }

    static String check(String host) {
        if (host == null || host.isBlank()) {
            throw new InvalidValueException("host", Message.of("power.host.required"));
        }
        String h = host.trim();
        if (h.length() > MAX_LENGTH) {
            throw new InvalidValueException("host", Message.of("common.field.tooLong", h.length(), MAX_LENGTH));
        }
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        if (h.contains(":")) {
            return ipv6(h);
        }
        if (DOTTED_NUMBERS.matcher(h).matches()) {
            if (!IPV4.matcher(h).matches()) {
                throw new InvalidValueException("host", Message.of("power.host.notIpv4", h));
            }
            return h;
        }
        if (!DNS_NAME.matcher(h).matches()) {
            throw new InvalidValueException("host", Message.of("power.host.notHost", h));
        }
        return h;
    }

    /**
     * The host, checked and resolved now. An unresolved name must be refused here: the poller would turn it
     * into the wildcard address and read this machine's own agent.
     */
    static String checkResolvable(String host) {
        String h = check(host);
        InetAddress address;
        try {
            address = InetAddress.getByName(h);
        } catch (UnknownHostException e) {
            throw new InvalidValueException("host", Message.of("power.host.unresolved", h));
        }
        if (address.isAnyLocalAddress()) {
            throw new InvalidValueException("host", Message.of("power.host.wildcard", h));
        }
        return h;
    }

    private static String ipv6(String h) {
        // Only text starting with a hex digit or colon and holding a colon reaches getByName, which then
        // parses it as an IPv6 literal and never asks DNS.
        if (!IPV6_CHARACTERS.matcher(h).matches()) {
            throw new InvalidValueException("host", Message.of("power.host.notIpv6", h));
        }
        try {
            InetAddress.getByName(h);
            return h;
        } catch (UnknownHostException e) {
            throw new InvalidValueException("host", Message.of("power.host.notIpv6", h));
        }
    }
}
