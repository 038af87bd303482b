package io.dcim.forecasting.usage;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.common.persistence.Database;
import io.dcim.common.persistence.Lookup;
import io.dcim.common.persistence.VersionedStore;
import io.dcim.inventory.site.Site;
import io.dcim.inventory.tenant.Tenant;
import java.util.List;
import org.hibernate.Session;

/** Whole-server rentals: create, edit, delete (each one transaction, every field checked and named), list. */
public final class RentalService {

    static final int MAX_SERVERS = 100_000;
    static final int MAX_CARDS = 64;
    static final int MAX_CORES = 4_096;
    static final int MAX_MONTHS = 120;
    static final int MAX_NOTE = 1_000;

    private final Database db;
    private final VersionedStore<ServerRental> store;

    public RentalService(Database db) {
        this.db = db;
        this.store = new VersionedStore<>(db, ServerRental.class, "server rental", ServerRental::getVersion,
                id -> Message.of("forecasting.rental.numbered", id));
    }

    public ServerRental create(RentalInput input) {
        return store.create(session -> new ServerRental(validate(session, input)));
    }

    /** @throws io.dcim.common.error.ConflictException naming {@code version} when someone saved the rental first */
    public ServerRental edit(long id, int expectedVersion, RentalInput input) {
        return store.edit(id, expectedVersion, (session, rental) -> rental.apply(validate(session, input)));
    }

    public void delete(long id, int expectedVersion) {
        store.delete(id, expectedVersion);
    }

    public ServerRental find(long id) {
        return store.find(id);
    }

    /** The site's rentals (all sites when null), latest start first. */
    public List<ServerRental> list(Long siteId) {
        return db.read(session -> session.createQuery("from ServerRental r where (:site is null or r.siteId = :site)"
                        + " order by r.startDate desc, r.id desc", ServerRental.class)
                .setParameter("site", siteId).getResultList());
    }

    private static RentalInput validate(Session session, RentalInput in) {
        required("input", in);
        Lookup.required(session, Tenant.class, in.tenantId(), "tenantId", "tenant");
        Lookup.required(session, Site.class, in.siteId(), "siteId", "site");
        required("gpuClass", in.gpuClass());
        between("servers", in.servers(), 1, MAX_SERVERS);
        between("cardsPerServer", in.cardsPerServer(), 1, MAX_CARDS);
        between("coresPerServer", in.coresPerServer(), 0, MAX_CORES);
        required("startDate", in.startDate());
        between("months", in.months(), 1, MAX_MONTHS);
        String note = in.note() == null || in.note().isBlank() ? null : in.note().strip();
        if (note != null && note.length() > MAX_NOTE) {
            throw new InvalidValueException("note", Message.of("forecasting.field.atMostCharacters", MAX_NOTE));
        }
        return new RentalInput(in.tenantId(), in.siteId(), in.gpuClass(), in.servers(), in.cardsPerServer(),
                in.coresPerServer(), in.startDate(), in.months(), note);
    }

    private static void between(String field, Integer value, int min, int max) {
        required(field, value);
        if (value < min || value > max) {
            throw new InvalidValueException(field, Message.of("forecasting.field.between", min, max, value));
        }
    }

    private static void required(String field, Object value) {
        if (value == null) {
            throw new InvalidValueException(field, Message.of("common.field.required"));
        }
    }
}
