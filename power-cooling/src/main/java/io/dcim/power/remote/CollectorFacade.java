package io.dcim.power.remote;

import static io.dcim.common.access.Permission.COLLECTOR_PUSH;
import static io.dcim.common.access.Permission.POWER_CONFIGURE;
import static io.dcim.common.access.Permission.READ;

import io.dcim.common.access.Caller;
import io.dcim.common.access.UseCase;
import io.dcim.common.persistence.Database;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The remote collectors' use cases as both doors call them. Adding, changing and removing a collector (and giving it
 * a new token) need {@code power.configure}: a collector decides where targets are polled from and receives their
 * credentials, the same trust as editing the targets, held by the same people. What a collector itself does
 * (its targets, its pushes, its heartbeat) needs {@code collector.push}, which only collector tokens carry; the
 * door passes the collector its token named, never one the request chose.
 */
public final class CollectorFacade {

    private final Database db;
    private final RemoteCollectors collectors;

    public CollectorFacade(Database db, RemoteCollectors collectors) {
        this.db = db;
        this.collectors = collectors;
    }

    public List<CollectorView> list(Caller caller) {
        return UseCase.run(db, caller, READ, collectors::list);
    }

    public CollectorView find(Caller caller, long id) {
        return UseCase.run(db, caller, READ, session -> collectors.find(session, id));
    }

    /**
     * A site's targets to pick a collector's from: those already chosen first, then those whose name or host contains
     * {@code text} (blank: any), by name, at most {@code limit} of them; {@code more} counts the matches left out.
     */
    public TargetChoicePage targetChoices(Caller caller, long siteId, String text, Collection<Long> chosen, int limit) {
        return UseCase.run(db, caller, READ, session -> TargetChoices.find(session, siteId, text, chosen, limit));
    }

    /** What {@link #targetChoices} answers: the targets listed, and how many more match (0: all are listed). */
    public record TargetChoicePage(List<TargetChoice> choices, long more) implements java.io.Serializable {
    }

    public CreatedCollector create(Caller caller, CollectorSpec spec) {
        return UseCase.run(db, caller, POWER_CONFIGURE, session -> collectors.create(session, spec));
    }

    public CollectorView edit(Caller caller, long id, int expectedVersion, CollectorSpec spec) {
        return UseCase.run(db, caller, POWER_CONFIGURE, session -> collectors.edit(session, id, expectedVersion, spec));
    }

    public void delete(Caller caller, long id, int expectedVersion) {
        UseCase.perform(db, caller, POWER_CONFIGURE, session -> collectors.delete(session, id, expectedVersion));
    }

    /** A new token, shown once; the old one stops working at once. */
    public CreatedCollector newToken(Caller caller, long id, int expectedVersion) {
        return UseCase.run(db, caller, POWER_CONFIGURE, session -> collectors.newToken(session, id, expectedVersion));
    }

    /** Whose collector token this is: the door's authentication, before any use case. */
    public Optional<CollectorIdentity> authenticate(String token) {
        return collectors.authenticate(token);
    }

    /** The targets the calling collector polls, with their credentials. */
    public List<CollectorTarget> targets(Caller caller, CollectorIdentity self) {
        return UseCase.run(db, caller, COLLECTOR_PUSH, session -> collectors.targets(session, self.id()));
    }

    /** Stores a batch once: a replayed batch answers {@code duplicate} and adds nothing. */
    public PushAnswer push(Caller caller, CollectorIdentity self, ReadingBatch batch) {
        return UseCase.run(db, caller, COLLECTOR_PUSH, session -> collectors.push(session, self.id(), batch));
    }

    public void heartbeat(Caller caller, CollectorIdentity self, Heartbeat beat) {
        UseCase.perform(db, caller, COLLECTOR_PUSH, session -> collectors.heartbeat(session, self.id(), beat));
    }

    /** The caller a collector's requests run as: its name in the history, collector.push and nothing else. */
    public static Caller callerOf(CollectorIdentity self, java.util.Locale locale) {
        return new Caller(null, "collector:" + self.name(), java.util.Set.of(COLLECTOR_PUSH), locale);
    }
}
