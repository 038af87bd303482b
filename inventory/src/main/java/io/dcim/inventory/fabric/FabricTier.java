package io.dcim.inventory.fabric;

/** Which layer a link belongs to. */
public enum FabricTier {
    SERVER_TO_LEAF, LEAF_TO_SPINE, SPINE_TO_SUPER_SPINE
}
