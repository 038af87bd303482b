package io.dcim.procurement.request;

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

    /** Decisions that must say why: the requester has to know what to change or why not. */
    public boolean needsComment() {
        return this == REJECT || this == RETURN;
    }
}
