package io.dcim.inventory.cable;

import java.io.Serializable;

/**
 * A link as a switch reports it about one of its own ports (an LLDP-MIB {@code lldpRemTable} row, a
 * line of {@code ibnetdiscover}): the device and port at this end and the neighbour's system name and
 * port, named as the switches name them (the device's name, or its asset tag).
 */
public record SeenLink(String device, String port, String remoteDevice, String remotePort) implements Serializable {
}
