package io.dcim.identity.user;

/** A new API token: the plain value exists only here, to be shown once. */
public record CreatedToken(long id, String name, String token) {

    @Override
    public String toString() {
        return "CreatedToken[id=" + id + ", name=" + name + ", token=****]";
    }
}
