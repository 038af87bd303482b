package io.dcim.procurement.request;

import io.dcim.common.error.Message;

/** What a timeline entry records. */
public enum RequestAction {
    CREATE,
    SUBMIT,
    APPROVE,
    REJECT,
    RETURN,
    CANCEL,
    ORDER,
    RECEIVE,
    CLOSE;

    /** The action as a verb in a sentence ("cannot approve it"), in the reader's language. */
    public Message verb() {
        return switch (this) {
            case CREATE -> Message.of("procurement.action.create");
            case SUBMIT -> Message.of("procurement.action.submit");
            case APPROVE -> Message.of("procurement.action.approve");
            case REJECT -> Message.of("procurement.action.reject");
            case RETURN -> Message.of("procurement.action.return");
            case CANCEL -> Message.of("procurement.action.cancel");
            case ORDER -> Message.of("procurement.action.order");
            case RECEIVE -> Message.of("procurement.action.receive");
            case CLOSE -> Message.of("procurement.action.close");
        };
    }

    /** Decisions that must say why: the requester has to know what to change or why not. */
    public boolean needsComment() {
        return this == REJECT || this == RETURN;
    }
}
