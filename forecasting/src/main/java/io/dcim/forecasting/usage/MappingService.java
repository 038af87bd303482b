package io.dcim.forecasting.usage;

import io.dcim.common.error.ConflictException;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.common.error.NotFoundException;
import io.dcim.common.persistence.Database;
import io.dcim.common.text.Fields;
import io.dcim.inventory.site.Site;
import io.dcim.inventory.tenant.Tenant;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.hibernate.Session;

/**
 * The Slurm account → tenant and partition → site and GPU class mappings the import reads: one transaction per
 * change, every field checked and named, one mapping per cluster and name.
 */
public final class MappingService {

    static final int MAX_CLUSTER = 64;
    static final int MAX_NAME = 128;

    private final Database db;

    public MappingService(Database db) {
        this.db = db;
    }

    public AccountMapping createAccount(MappingInput input) {
        return create(input, MappingService::validAccount, v -> new AccountMapping(v.cluster, v.name, input.tenantId()));
    }

    public AccountMapping editAccount(long id, int expectedVersion, MappingInput input) {
        return edit(AccountMapping.class, id, expectedVersion, input, MappingService::validAccount,
                (m, v) -> m.set(v.cluster, v.name, input.tenantId()));
    }

    public void deleteAccount(long id, int expectedVersion) {
        delete(AccountMapping.class, id, expectedVersion);
    }

    public PartitionMapping createPartition(MappingInput input) {
        return create(input, MappingService::validPartition,
                v -> new PartitionMapping(v.cluster, v.name, input.siteId(), input.gpuClass().name()));
    }

    public PartitionMapping editPartition(long id, int expectedVersion, MappingInput input) {
        return edit(PartitionMapping.class, id, expectedVersion, input, MappingService::validPartition,
                (m, v) -> m.set(v.cluster, v.name, input.siteId(), input.gpuClass().name()));
    }

    public void deletePartition(long id, int expectedVersion) {
        delete(PartitionMapping.class, id, expectedVersion);
    }

    public List<AccountMapping> accounts() {
        return db.read(session -> session.createQuery("from AccountMapping m order by m.cluster, m.account",
                AccountMapping.class).getResultList());
    }

    public List<PartitionMapping> partitions() {
        return db.read(session -> session.createQuery("from PartitionMapping m order by m.cluster, m.partition",
                PartitionMapping.class).getResultList());
    }

    /** The checks of one kind of mapping: {@code self} is the mapping being edited, null for a new one. */
    private interface Rules {
        Valid check(Session session, MappingInput input, Long self);
    }

    private <M extends ClusterMapping> M create(MappingInput input, Rules rules, Function<Valid, M> mapping) {
        return db.inTransaction(session -> {
            M m = mapping.apply(rules.check(session, input, null));
            session.persist(m);
            return m;
        });
    }

    /** The stale or missing mapping is refused before its fields are checked. */
    private <M extends ClusterMapping> M edit(Class<M> type, long id, int expectedVersion, MappingInput input,
                                              Rules rules, BiConsumer<M, Valid> set) {
        return db.inTransaction(session -> {
            M m = current(session, type, id, expectedVersion);
            set.accept(m, rules.check(session, input, id));
            return m;
        });
    }

    private void delete(Class<? extends ClusterMapping> type, long id, int expectedVersion) {
        db.execute(session -> session.remove(current(session, type, id, expectedVersion)));
    }

    private record Valid(String cluster, String name) {

        /** This cluster and name, unless another mapping ({@code other}, not {@code self}) maps them already. */
        Valid unique(Long self, Long other) {
            if (other != null && !other.equals(self)) {
                throw new ConflictException("name", Message.of("forecasting.usage.mappedTwice", cluster, name));
            }
            return this;
        }
    }

    private static Valid validAccount(Session session, MappingInput in, Long self) {
        Valid v = names(in);
        required("tenantId", in.tenantId());
        if (session.find(Tenant.class, in.tenantId()) == null) {
            throw new InvalidValueException("tenantId", Message.of("common.lookup.missingReference",
                    Message.noun(Tenant.class, "tenant"), String.valueOf(in.tenantId())));
        }
        return v.unique(self, session.createQuery(
                "select m.id from AccountMapping m where m.cluster = :c and m.account = :n", Long.class)
                .setParameter("c", v.cluster).setParameter("n", v.name).uniqueResult());
    }

    private static Valid validPartition(Session session, MappingInput in, Long self) {
        Valid v = names(in);
        required("siteId", in.siteId());
        if (session.find(Site.class, in.siteId()) == null) {
            throw new InvalidValueException("siteId", Message.of("common.lookup.missingReference",
                    Message.noun(Site.class, "site"), String.valueOf(in.siteId())));
        }
        required("gpuClass", in.gpuClass());
        return v.unique(self, session.createQuery(
                "select m.id from PartitionMapping m where m.cluster = :c and m.partition = :n", Long.class)
                .setParameter("c", v.cluster).setParameter("n", v.name).uniqueResult());
    }

    private static Valid names(MappingInput in) {
        required("input", in);
        String cluster = Fields.required("cluster", in.cluster(), MAX_CLUSTER);
        String name = Fields.required("name", in.name(), MAX_NAME);
        noSeparator("cluster", cluster);
        noSeparator("name", name);
        return new Valid(cluster, name);
    }

    /** sacct separates its fields with |, so a name holding one could never match a row. */
    private static void noSeparator(String field, String value) {
        if (value.indexOf('|') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\t') >= 0) {
            throw new InvalidValueException(field, Message.of("forecasting.usage.badName"));
        }
    }

    private static <T extends ClusterMapping> T current(Session session, Class<T> type, long id, int expectedVersion) {
        T m = session.find(type, id);
        if (m == null) {
            throw new NotFoundException(Message.noun(type, "mapping"), id);
        }
        if (m.getVersion() != expectedVersion) {
            throw new ConflictException("version", Message.of("common.version.stale",
                    Message.of("forecasting.usage.mappingNumbered", id)));
        }
        return m;
    }

    private static void required(String field, Object value) {
        if (value == null) {
            throw new InvalidValueException(field, Message.of("common.field.required"));
        }
    }
}
