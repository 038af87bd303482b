package io.dcim.common.error;

import java.util.Collection;
import java.util.stream.Collectors;

/** A lifecycle or workflow state may not move to the requested state. */
public class IllegalTransitionException extends DomainException {

    public IllegalTransitionException(String field, Enum<?> from, Enum<?> to, Collection<? extends Enum<?>> allowed) {
        this(field, "cannot go from " + from + " to " + to + "; allowed: "
                + (allowed.isEmpty() ? "none" : allowed.stream().map(Enum::name).collect(Collectors.joining(", "))));
    }

    private IllegalTransitionException(String field, String reason) {
        super(field, field + ": " + reason, reason);
    }
}
