package io.dcim.inventory.tenant;

import java.io.Serializable;

/** What people edit on a tenant: its name and the segment its revenue is reported in. */
public record TenantDetails(String name, TenantKind kind) implements Serializable {
}
