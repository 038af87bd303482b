package io.dcim.power.polling;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * This JVM's name among the nodes sharing a database: host, process id and a random part, so two processes on
 * one host, or a process restarted with the same pid (in a container, pid 1 every time), never share leases.
 */
public final class NodeId {

    private static final SecureRandom RANDOM = new SecureRandom();

    private NodeId() {
    }

    public static String generate() {
        byte[] random = new byte[4];
        RANDOM.nextBytes(random);
        return host() + "-" + ProcessHandle.current().pid() + "-" + HexFormat.of().formatHex(random);
    }

    static String host() {
        try {
            String name = InetAddress.getLocalHost().getHostName();
            return name.length() > 120 ? name.substring(0, 120) : name;
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }
}
