package io.dcim.console.layout;

/**
 * Marks a {@code Link} whose click only navigates or downloads: it may be followed by a GET. Every other link is
 * refused when called by a GET (the request guard, {@code io.dcim.console.auth.ChangeOnGetGuard}), and the
 * architecture test refuses to build one: a change is posted with {@link PostAction}.
 */
public interface SafeOnGet {
}
