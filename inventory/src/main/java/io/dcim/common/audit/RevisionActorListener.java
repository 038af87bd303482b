package io.dcim.common.audit;

import org.hibernate.envers.RevisionListener;

/** Stamps each revision with the actor of the thread that committed it. */
public final class RevisionActorListener implements RevisionListener {

    @Override
    public void newRevision(Object revision) {
        ((Revision) revision).setActor(Actor.current());
    }
}
