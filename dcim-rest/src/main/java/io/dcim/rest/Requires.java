package io.dcim.rest;

import io.dcim.common.access.Permission;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The permission a call needs, checked by {@link RequiredPermissions} with the request's
 * {@code Caller} after authentication and before the body is read: a caller without it gets
 * 403 whatever they sent. Calls without it need {@link Permission#READ}, which every role holds.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Requires {
    Permission value();
}
