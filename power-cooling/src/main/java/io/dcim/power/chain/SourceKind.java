package io.dcim.power.chain;

/** What a power source is: the grid connection, a UPS, or a generator behind them. */
public enum SourceKind {
    UTILITY, UPS, GENERATOR
}
