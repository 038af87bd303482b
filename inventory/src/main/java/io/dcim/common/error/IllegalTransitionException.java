package io.dcim.common.error;

import java.util.Collection;
import java.util.stream.Collectors;

/** A lifecycle or workflow state may not move to the requested state. */
public class IllegalTransitionException extends DomainException {

    public IllegalTransitionException(String field, Enum<?> from, Enum<?> to, Collection<? extends Enum<?>> allowed) {
        super(field, Message.of("common.transition.refused", String.valueOf(from), String.valueOf(to), allowed.isEmpty()
                ? Message.of("common.transition.none")
                : allowed.stream().map(Enum::name).collect(Collectors.joining(", "))), true);
    }
}
