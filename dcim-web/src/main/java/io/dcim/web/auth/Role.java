package io.dcim.web.auth;

/** What a console user may do; a user may hold several. */
public enum Role {
    /** Users, settings. */
    ADMIN,
    /** Edits inventory. */
    OPS,
    /** Approves purchases, reads everything. */
    MANAGER,
    /** Reads everything, exports. */
    ANALYST;

    /** Role names as Wicket's authorization strings. */
    public static final String ANY = "ADMIN,OPS,MANAGER,ANALYST";
    public static final String EDITORS = "ADMIN,OPS";
}
