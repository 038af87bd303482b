package io.dcim.inventory.fabric;

/** One end of a planned link: the {@code index}-th server or switch of its role, and its port (from 0). */
public record Endpoint(Role role, int index, int port) {

    public enum Role {
        SERVER, LEAF, SPINE, SUPER_SPINE
    }
}
