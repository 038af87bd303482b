package io.dcim.inventory.tenant;

/** The customer segments the operator reports revenue by. */
public enum TenantKind {
    UNIVERSITY,
    RESEARCH_INSTITUTE,
    ENTERPRISE
}
