package io.dcim.procurement.request;

/** What a purchase request buys. */
public enum RequestKind {
    /** Servers, switches, storage, power and cooling gear: becomes inventory and fixed assets. */
    EQUIPMENT,
    /** GPU capacity bought from a third party for a term: no asset, a contract. */
    OUTSOURCED_COMPUTE
}
