package io.dcim.inventory.fabric;

/** Two tiers: leaves and spines. Three: leaves and spines in pods, pods joined by super-spines. */
public enum Tiers {
    TWO, THREE
}
