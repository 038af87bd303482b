package io.dcim.power.chain;

import java.io.Serializable;

/** A source, panel or feed, named. */
public record ChainElement(ElementKind kind, long id, String name) implements Serializable {
}
