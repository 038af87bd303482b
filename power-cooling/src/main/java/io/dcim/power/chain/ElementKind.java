package io.dcim.power.chain;

/** What part of the chain a failure takes out: a source with everything below it, a panel with its feeds, a feed. */
public enum ElementKind {
    SOURCE, PANEL, FEED
}
