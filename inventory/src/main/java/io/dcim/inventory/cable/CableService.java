package io.dcim.inventory.cable;

import io.dcim.common.error.ConflictException;
import io.dcim.common.error.DomainException;
import io.dcim.common.error.IllegalTransitionException;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.common.persistence.Database;
import io.dcim.common.persistence.VersionedStore;
import io.dcim.inventory.site.Site;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntConsumer;
import org.hibernate.Session;

import static io.dcim.common.text.Fields.optional;
import static io.dcim.common.text.Fields.required;

/**
 * Records, re-states and removes cables. One rule set ({@link CableRules}) for a single cable
 * and for a bulk import, which loads what it checks in chunks so 100,000 cables cost a few
 * hundred queries, and writes nothing unless every cable passes.
 */
public final class CableService {

    private static final int MAX_LABEL_LENGTH = 64;
    private static final int MAX_COLOUR_LENGTH = 24;
    private static final int CHUNK = 1_000;
    private static final BigDecimal MAX_LENGTH_M = new BigDecimal("99999.99");

    private final Database db;
    private final VersionedStore<Cable> store;

    public CableService(Database db) {
        this.db = db;
        this.store = VersionedStore.named(db, Cable.class, "cable", Cable::getVersion, Cable::getLabel);
    }

    /** The cable as read at {@code expectedVersion}, in the caller's transaction. */
    Cable current(Session session, long id, int expectedVersion) {
        return store.current(session, id, expectedVersion);
    }

    public Cable connect(NewCable request) {
        return connectAll(List.of(request)).get(0);
    }

    /**
     * All or nothing: the first refusal names its field (prefixed by the cable's label in a
     * batch). What the rules need is read by projection in chunks of {@value #CHUNK} ids (ports,
     * the ends already in them, labels already used), and the cables are written with their
     * history in JDBC batches ({@link CableRows}), so the cost grows with the batch, not with
     * its square.
     */
    public List<Cable> connectAll(List<NewCable> requests) {
        return connectAll(requests, written -> { });
    }

    /** {@link #connectAll(List)}, telling {@code written} how many cables are written so far, batch by batch. */
    public List<Cable> connectAll(List<NewCable> requests, IntConsumer written) {
        return db.inTransaction(session -> {
            Map<Long, PortFacts> ports = loadPorts(session, requests);
            Map<Long, String> taken = takenPorts(session, ports.keySet());
            Set<Long> usedHere = new HashSet<>();
            Map<Long, Set<String>> labelsBySite = new HashMap<>();
            List<Checked> checked = new ArrayList<>(requests.size());
            for (NewCable request : requests) {
                Checked c = check(request, ports, taken, usedHere, requests.size() > 1);
                labelsBySite.computeIfAbsent(c.siteId, s -> new HashSet<>());
                if (!labelsBySite.get(c.siteId).add(Cable.key(c.label))) {
                    throw new ConflictException("label", Message.of("inventory.cable.labelTwice", c.label));
                }
                checked.add(c);
            }
            checkLabelsFree(session, labelsBySite);
            Map<Long, Site> sites = new HashMap<>();
            List<CableRows.Planned> planned = new ArrayList<>(checked.size());
            for (Checked c : checked) {
                Cable cable = new Cable(sites.computeIfAbsent(c.siteId, id -> session.getReference(Site.class, id)), c.label,
                        c.request.type(), c.b.size(), c.request.lengthM(), c.colour, c.request.status());
                planned.add(new CableRows.Planned(cable, c.siteId, c.a.id(), c.b.stream().map(PortFacts::id).toList()));
            }
            CableRows.insert(session, planned, written);
            return planned.stream().map(CableRows.Planned::cable).toList();
        });
    }

    /**
     * Checks every cable by the same rules as {@link #connectAll}, writing nothing, and goes on
     * past a refusal: each refused cable's refusal by its index in {@code requests}, in order
     * (empty when all would pass). An import lists every bad row this way, then writes through
     * {@link #connectAll} only when there is none.
     */
    public Map<Integer, DomainException> refusals(List<NewCable> requests) {
        return refusals(requests, checked -> { });
    }

    /** {@link #refusals(List)}, telling {@code checked} how many cables are checked so far, every {@value #CHUNK}. */
    public Map<Integer, DomainException> refusals(List<NewCable> requests, IntConsumer checked) {
        return db.read(session -> {
            Map<Long, PortFacts> ports = loadPorts(session, requests);
            Map<Long, String> taken = takenPorts(session, ports.keySet());
            Set<Long> usedHere = new HashSet<>();
            Map<Long, Set<String>> labelsBySite = new HashMap<>();
            Map<Integer, DomainException> refused = new TreeMap<>();
            Map<Integer, Checked> passed = new TreeMap<>();
            for (int i = 0; i < requests.size(); i++) {
                try {
                    Checked c = check(requests.get(i), ports, taken, usedHere, false);
                    if (!labelsBySite.computeIfAbsent(c.siteId, s -> new HashSet<>()).add(Cable.key(c.label))) {
                        throw new ConflictException("label", Message.of("inventory.cable.labelTwice", c.label));
                    }
                    passed.put(i, c);
                } catch (DomainException e) {
                    refused.put(i, e);
                }
                if ((i + 1) % CHUNK == 0) {
                    checked.accept(i + 1);
                }
            }
            Map<Long, Set<String>> used = usedLabels(session, labelsBySite);
            passed.forEach((i, c) -> {
                if (used.getOrDefault(c.siteId, Set.of()).contains(Cable.key(c.label))) {
                    refused.put(i, new ConflictException("label", Message.of("inventory.cable.labelTaken", c.label)));
                }
            });
            checked.accept(requests.size());
            return refused;
        });
    }

    /** PLANNED → INSTALLED → DECOMMISSIONED; a decommissioned cable lets go of its ports (history keeps them). */
    public Cable changeStatus(long cableId, int expectedVersion, CableStatus target) {
        return db.inTransaction(session -> {
            Cable cable = current(session, cableId, expectedVersion);
            CableStatus from = cable.getStatus();
            if (target == null) {
                throw new InvalidValueException("status", Message.of("common.field.required"));
            }
            if (target.ordinal() <= from.ordinal()) {
                throw new IllegalTransitionException("status", from, target,
                        from == CableStatus.DECOMMISSIONED ? List.of() : List.of(CableStatus.values()[from.ordinal() + 1]));
            }
            if (target == CableStatus.DECOMMISSIONED) {
                removeEnds(session, cable);
            }
            cable.setStatus(target);
            return cable;
        });
    }

    public Cable relabel(long cableId, int expectedVersion, String label, BigDecimal lengthM, String colour) {
        return db.inTransaction(session -> {
            Cable cable = current(session, cableId, expectedVersion);
            String newLabel = required("label", label, MAX_LABEL_LENGTH);
            Long clash = session.createQuery("select c.id from Cable c where c.site = :s and c.labelKey = :k and c.id <> :id",
                    Long.class).setParameter("s", cable.getSite()).setParameter("k", Cable.key(newLabel))
                    .setParameter("id", cable.getId()).setMaxResults(1).uniqueResult();
            if (clash != null) {
                throw new ConflictException("label", Message.of("inventory.cable.labelTaken", newLabel));
            }
            cable.setLabel(newLabel);
            cable.setLengthM(checkedLength(lengthM));
            cable.setColour(optional("colour", colour, MAX_COLOUR_LENGTH));
            return cable;
        });
    }

    /** Removes a cable recorded by mistake (only while PLANNED; an installed one is decommissioned). */
    public void delete(long cableId, int expectedVersion) {
        db.execute(session -> {
            Cable cable = current(session, cableId, expectedVersion);
            if (cable.getStatus() == CableStatus.INSTALLED) {
                throw new ConflictException("status", Message.of("inventory.cable.installed", cable.getLabel()));
            }
            removeEnds(session, cable);
            session.remove(cable);
        });
    }

    public List<CableEnd> ends(long cableId) {
        return db.read(session -> session.createQuery(
                "select e from CableEnd e join fetch e.port p join fetch p.device where e.cable.id = :c order by e.side, e.lane",
                CableEnd.class).setParameter("c", cableId).getResultList());
    }

    private record Checked(NewCable request, String label, String colour, long siteId, PortFacts a, List<PortFacts> b) {
    }

    private static Checked check(NewCable r, Map<Long, PortFacts> ports, Map<Long, String> taken, Set<Long> usedHere,
            boolean batch) {
        String label = required("label", r.label(), MAX_LABEL_LENGTH);
        try {
            String colour = optional("colour", r.colour(), MAX_COLOUR_LENGTH);
            checkedLength(r.lengthM());
            if (r.type() == null) {
                throw new InvalidValueException("type", Message.of("common.field.required"));
            }
            if (r.status() == null || r.status() == CableStatus.DECOMMISSIONED) {
                throw new InvalidValueException("status", Message.of("inventory.cable.newStatus"));
            }
            if (r.aPortId() == null) {
                throw new InvalidValueException("aPortId", Message.of("common.field.required"));
            }
            List<Long> bIds = r.bPortIds() == null ? List.of() : r.bPortIds();
            int expected = r.type() == CableType.BREAKOUT ? -1 : 1;
            if (expected == 1 && bIds.size() != 1) {
                throw new InvalidValueException("bPortIds", Message.of("inventory.cable.oneBEnd", String.valueOf(r.type()), bIds.size()));
            }
            if (expected == -1 && bIds.size() != 2 && bIds.size() != 4) {
                throw new InvalidValueException("bPortIds", Message.of("inventory.cable.breakoutEnds", bIds.size()));
            }
            PortFacts a = port(ports, r.aPortId(), "aPortId");
            List<PortFacts> b = new ArrayList<>();
            for (Long id : bIds) {
                b.add(port(ports, id, "bPortIds"));
            }
            claim(a, "aPortId", taken, usedHere);
            for (PortFacts p : b) {
                claim(p, "bPortIds", taken, usedHere);
            }
            long site = CableRules.siteOf(a, "aPortId");
            for (PortFacts p : b) {
                if (CableRules.siteOf(p, "bPortIds") != site) {
                    throw new InvalidValueException("bPortIds", Message.of("inventory.cable.otherSite", p.describe(), a.describe()));
                }
            }
            CableRules.checkFit(r.type(), a, b);
            return new Checked(r, label, colour, site, a, b);
        } catch (InvalidValueException e) {
            if (batch) {
                throw new InvalidValueException(e.field(), Message.of("inventory.cable.inBatch", label, e.why()));
            }
            throw e;
        } catch (ConflictException e) {
            if (batch) {
                throw new ConflictException(e.field(), Message.of("inventory.cable.inBatch", label, e.why()));
            }
            throw e;
        }
    }

    private static BigDecimal checkedLength(BigDecimal lengthM) {
        if (lengthM != null && (lengthM.signum() <= 0 || lengthM.compareTo(MAX_LENGTH_M) > 0 || lengthM.scale() > 2)) {
            throw new InvalidValueException("lengthM", Message.of("inventory.cable.length", lengthM.toPlainString()));
        }
        return lengthM;
    }

    private static PortFacts port(Map<Long, PortFacts> ports, Long id, String field) {
        if (id == null) {
            throw new InvalidValueException(field, Message.of("common.field.required"));
        }
        PortFacts port = ports.get(id);
        if (port == null) {
            throw new InvalidValueException(field, Message.of("inventory.cable.noSuchPort", id));
        }
        return port;
    }

    private static void claim(PortFacts port, String field, Map<Long, String> taken, Set<Long> usedHere) {
        String holder = taken.get(port.id());
        if (holder != null) {
            throw new ConflictException(field, Message.of("inventory.cable.portTaken", port.describe(), holder));
        }
        if (!usedHere.add(port.id())) {
            throw new ConflictException(field, Message.of("inventory.cable.portTwice", port.describe()));
        }
    }

    private static Map<Long, PortFacts> loadPorts(Session session, List<NewCable> requests) {
        Set<Long> ids = new HashSet<>();
        for (NewCable r : requests) {
            if (r.aPortId() != null) {
                ids.add(r.aPortId());
            }
            if (r.bPortIds() != null) {
                r.bPortIds().stream().filter(java.util.Objects::nonNull).forEach(ids::add);
            }
        }
        Map<Long, PortFacts> ports = new HashMap<>();
        for (List<Long> chunk : chunks(ids)) {
            session.createQuery(PortFacts.SELECT + " where p.id in :ids", PortFacts.class).setParameter("ids", chunk)
                    .getResultList().forEach(p -> ports.put(p.id(), p));
        }
        return ports;
    }

    private static Map<Long, String> takenPorts(Session session, Collection<Long> portIds) {
        Map<Long, String> taken = new HashMap<>();
        for (List<Long> chunk : chunks(portIds)) {
            session.createQuery("select e.port.id, c.label from CableEnd e join e.cable c where e.port.id in :ids",
                    Object[].class).setParameter("ids", chunk).getResultList()
                    .forEach(row -> taken.put((Long) row[0], (String) row[1]));
        }
        return taken;
    }

    private static void checkLabelsFree(Session session, Map<Long, Set<String>> labelsBySite) {
        Map<Long, Set<String>> used = usedLabels(session, labelsBySite);
        for (Map.Entry<Long, Set<String>> site : used.entrySet()) {
            site.getValue().stream().findFirst().ifPresent(key -> {
                throw new ConflictException("label", Message.of("inventory.cable.labelTaken", session.createQuery(
                        "select c.label from Cable c where c.site.id = :s and c.labelKey = :k", String.class)
                        .setParameter("s", site.getKey()).setParameter("k", key).getSingleResult()));
            });
        }
    }

    /**
     * The given label keys a site's cables already use. Read as the site's keys between the lowest and the
     * highest asked for (a range of the (site, label key) index on both databases; a single key is one
     * lookup) rather than "in (1,000 keys)" per chunk: H2 uses an index for an IN list only on an index's
     * first column, so it tested each chunk's list against every cable of the site (38% of a 100,000-cable
     * import's CPU on H2). A batch's labels usually share a prefix, so the range holds little else. Keys compare
     * by code point on both databases (V2026120941), as String.compareTo does, so the range holds every key asked for.
     */
    private static Map<Long, Set<String>> usedLabels(Session session, Map<Long, Set<String>> labelsBySite) {
        Map<Long, Set<String>> used = new HashMap<>();
        for (Map.Entry<Long, Set<String>> site : labelsBySite.entrySet()) {
            Set<String> keys = site.getValue();
            if (keys.isEmpty()) {
                continue;
            }
            String low = keys.stream().min(String::compareTo).orElseThrow();
            String high = keys.stream().max(String::compareTo).orElseThrow();
            Set<String> taken = new HashSet<>();
            session.createQuery("select c.labelKey from Cable c where c.site.id = :s and c.labelKey between :low and :high",
                    String.class).setParameter("s", site.getKey()).setParameter("low", low).setParameter("high", high)
                    .getResultList().stream().filter(keys::contains).forEach(taken::add);
            used.put(site.getKey(), taken);
        }
        return used;
    }

    private static <T> List<List<T>> chunks(Collection<T> values) {
        List<T> all = new ArrayList<>(values);
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return chunks;
    }

    private static void removeEnds(Session session, Cable cable) {
        session.createQuery("from CableEnd e where e.cable = :c", CableEnd.class).setParameter("c", cable).getResultList()
                .forEach(session::remove);
    }
}
