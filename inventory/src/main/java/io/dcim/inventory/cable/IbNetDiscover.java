package io.dcim.inventory.cable;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the links of an InfiniBand fabric from {@code ibnetdiscover}'s topology output (infiniband-diags), for
 * fabrics whose switches are not polled over SNMP. Each switch block ({@code Switch 64 "S-<guid>" # "leaf-1"
 * enhanced port 0 lid 3 lmc 0}) lists its cabled ports as {@code [7] "H-<guid>"[1](<port guid>) # "gpu-007
 * mlx5_2" lid 19 4xNDR} or {@code [33] "S-<guid>"[5] # "spine-1" lid 5 4xNDR}: the switch reports what each of
 * its ports reaches, as an LLDP table does. CA blocks repeat the same links from the host's side and are
 * skipped. Node descriptions name the devices: a switch's is its name; an HCA's is the host name and the HCA
 * ({@code "gpu-007 mlx5_2"}, as the kernel sets it), which {@link Naming} turns into the server's port.
 */
public final class IbNetDiscover {

    private static final Pattern SWITCH = Pattern.compile("^Switch\\s+\\d+\\s+\"([^\"]+)\"\\s*#\\s*\"([^\"]*)\"");
    private static final Pattern OTHER_NODE = Pattern.compile("^(Ca|Rt)\\s+\\d+\\s+\"");
    private static final Pattern PORT = Pattern.compile(
            "^\\[(\\d+)\\](?:\\([0-9a-fA-Fx]+\\))?\\s+\"([SHR])-[^\"]+\"\\[(\\d+)\\](?:\\([0-9a-fA-Fx]+\\))?\\s*#\\s*\"([^\"]*)\"");
    private static final Pattern HCA = Pattern.compile("^(.+?)\\s+([A-Za-z0-9]+?)_(\\d+)$");

    private IbNetDiscover() {
    }

    /**
     * How ports are named in the inventory: a switch port {@code [n]} is {@code switchPrefix + n} ("p7"); HCA
     * {@code <driver>_<i>} of a host is NIC port {@code hcaPrefix + (i + hcaBase)} ("mlx5_0" → "ib1" by default,
     * since the servers' fabric ports are ib1..ib8 in rail order while the kernel counts HCAs from 0). A site
     * whose HCAs are enumerated otherwise sets its own prefix and base.
     */
    public record Naming(String switchPrefix, String hcaPrefix, int hcaBase) implements Serializable {

        public static final Naming DEFAULT = new Naming("p", "ib", 1);

        public Naming {
            switchPrefix = switchPrefix == null ? DEFAULT_SWITCH : switchPrefix.strip();
            hcaPrefix = hcaPrefix == null ? DEFAULT_HCA : hcaPrefix.strip();
        }

        private static final String DEFAULT_SWITCH = "p";
        private static final String DEFAULT_HCA = "ib";
    }

    /** The switches the file describes (all of them answered, by definition) and the links their ports reach. */
    public record Fabric(List<String> switches, List<SeenLink> links) implements Serializable {
    }

    public static Fabric parse(String text, Naming naming) {
        Set<String> switches = new LinkedHashSet<>();
        List<SeenLink> links = new ArrayList<>();
        String current = null;
        int lineNumber = 0;
        for (String raw : text.split("\\R")) {
            lineNumber++;
            String line = raw.strip();
            Matcher node = SWITCH.matcher(line);
            if (node.find()) {
                current = description(node.group(2), node.group(1));
                switches.add(current);
                continue;
            }
            if (OTHER_NODE.matcher(line).find()) {
                current = null;
                continue;
            }
            if (current == null || !line.startsWith("[")) {
                continue;
            }
            Matcher port = PORT.matcher(line);
            if (!port.find()) {
                throw new InvalidValueException("file", Message.of("inventory.check.ibnet.badLine", lineNumber, abbreviate(line)));
            }
            links.add(link(current, port, naming));
        }
        if (switches.isEmpty()) {
            throw new InvalidValueException("file", Message.of("inventory.check.ibnet.noSwitch"));
        }
        return new Fabric(List.copyOf(switches), links);
    }

    private static SeenLink link(String device, Matcher port, Naming naming) {
        String localPort = naming.switchPrefix() + port.group(1);
        String remoteType = port.group(2);
        String remote = port.group(4).strip();
        if (remoteType.equals("H")) {
            Matcher hca = HCA.matcher(remote);
            if (hca.matches()) {
                return new SeenLink(device, localPort, hca.group(1).strip(),
                        naming.hcaPrefix() + (Integer.parseInt(hca.group(3)) + naming.hcaBase()));
            }
            // a host whose description is only its name: its HCA's own port number is all there is
            return new SeenLink(device, localPort, remote, naming.hcaPrefix() + port.group(3));
        }
        return new SeenLink(device, localPort, description(remote, null), naming.switchPrefix() + port.group(3));
    }

    /** A node with an empty description is known by its GUID only, which no device of the inventory carries. */
    private static String description(String text, String guid) {
        String name = text.strip();
        return name.isEmpty() && guid != null ? guid.toUpperCase(Locale.ROOT) : name;
    }

    private static String abbreviate(String line) {
        return line.length() <= 80 ? line : line.substring(0, 79) + "…";
    }
}
