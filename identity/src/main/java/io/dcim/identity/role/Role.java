package io.dcim.identity.role;

/**
 * A user's job, as administrators assign it; a user may hold several. What each may do is
 * {@link RolePermissions}' table, never a check of the role itself.
 */
public enum Role {
    /** Users, settings, and everything the others do. */
    ADMIN,
    /** Keeps the inventory true: devices, cables, imports, alarms, receiving. */
    OPS,
    /** Approves purchases, plans capacity, reads everything. */
    MANAGER,
    /** Reads everything, exports for finance. */
    ANALYST
}
