package io.dcim.power.remote;

import java.io.Serializable;

/**
 * A target of a site as the collector form offers it to pick: what it is and where, and which collector polls it
 * now (null: the central nodes, or a whole-site collector). No credentials. A value, safe to keep in a page.
 */
public record TargetChoice(long id, String name, String protocol, String endpoint, String cabinetName,
                           Long collectorId) implements Serializable {
}
