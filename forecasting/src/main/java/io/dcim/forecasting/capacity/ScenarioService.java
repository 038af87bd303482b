package io.dcim.forecasting.capacity;

import io.dcim.common.error.ConflictException;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.common.error.NotFoundException;
import io.dcim.common.paging.Page;
import io.dcim.common.paging.PageRequest;
import io.dcim.common.paging.PagedQuery;
import io.dcim.common.paging.SortColumns;
import io.dcim.common.persistence.Database;
import io.dcim.forecasting.history.Resource;
import io.dcim.inventory.site.Site;
import io.dcim.inventory.site.SiteJoin;
import java.util.Map;
import org.hibernate.Session;

/** Saved plan scenarios: save by name, list, load, edit, delete, and compare two by their plans' key figures. */
public final class ScenarioService {

    static final int MAX_NAME = 120;
    /** The scenario's site, joined for its name (inventory writes its side of the join). */
    private static final SiteJoin SITE = SiteJoin.as("s");
    private static final SortColumns SORT = new SortColumns("name", "p.id", Map.of(
            "name", "p.nameKey", "site", SITE.name(), "resource", "p.resource", "updated", "p.updatedAt"));

    private final Database db;
    private final CapacityPlanner planner;

    public ScenarioService(Database db, CapacityPlanner planner) {
        this.db = db;
        this.planner = planner;
    }

    /** @throws ConflictException naming {@code name} when a scenario of that name (ignoring case) exists */
    public PlanScenario save(String name, long siteId, Resource resource, PlanAssumptions assumptions, String actor) {
        return db.inTransaction(session -> {
            String valid = validate(session, name, siteId, resource, assumptions, null);
            PlanScenario scenario = new PlanScenario(actor == null || actor.isBlank() ? "unknown" : actor);
            scenario.apply(valid, siteId, resource, assumptions);
            session.persist(scenario);
            return scenario;
        });
    }

    public PlanScenario edit(long id, int expectedVersion, String name, long siteId, Resource resource,
                             PlanAssumptions assumptions) {
        return db.inTransaction(session -> {
            PlanScenario scenario = current(session, id, expectedVersion);
            scenario.apply(validate(session, name, siteId, resource, assumptions, id), siteId, resource, assumptions);
            return scenario;
        });
    }

    public void delete(long id, int expectedVersion) {
        db.execute(session -> session.remove(current(session, id, expectedVersion)));
    }

    public PlanScenario load(long id) {
        return db.read(session -> found(session, id));
    }

    public Page<ScenarioSummary> page(Long siteId, PageRequest page) {
        return db.read(session -> new PagedQuery<>(ScenarioSummary.class,
                "select new io.dcim.forecasting.capacity.ScenarioSummary(p.id, p.version, p.name, p.siteId, " + SITE.name() + ","
                        + " p.resource, p.createdBy, p.updatedAt)",
                "from PlanScenario p" + SITE.on("p.siteId"), "p.id", SORT)
                .where("p.siteId = :site", "site", siteId)
                .fetch(session, page));
    }

    /** The scenario's plan as it comes out today. */
    public CapacityPlan plan(long id) {
        PlanScenario scenario = load(id);
        return planner.plan(scenario.getSiteId(), scenario.getResource(), scenario.assumptions());
    }

    public ScenarioFigures figures(long id) {
        PlanScenario scenario = load(id);
        return ScenarioFigures.of(scenario, planner.plan(scenario.getSiteId(), scenario.getResource(), scenario.assumptions()));
    }

    public ScenarioComparison compare(long leftId, long rightId) {
        return new ScenarioComparison(figures(leftId), figures(rightId));
    }

    private static String validate(Session session, String name, long siteId, Resource resource,
                                   PlanAssumptions assumptions, Long self) {
        if (name == null || name.isBlank()) {
            throw new InvalidValueException("name", Message.of("common.field.required"));
        }
        if (name.trim().length() > MAX_NAME) {
            throw new InvalidValueException("name", Message.of("forecasting.field.atMostCharacters", MAX_NAME));
        }
        if (session.find(Site.class, siteId) == null) {
            throw new InvalidValueException("siteId", Message.of("common.lookup.missingReference",
                    Message.noun(Site.class, "site"), String.valueOf(siteId)));
        }
        if (resource == null) {
            throw new InvalidValueException("resource", Message.of("common.field.required"));
        }
        if (assumptions == null) {
            throw new InvalidValueException("assumptions", Message.of("forecasting.field.requiredPlural"));
        }
        Long clashes = session.createQuery("select count(p) from PlanScenario p where p.nameKey = :k and p.id <> :self",
                        Long.class)
                .setParameter("k", PlanScenario.key(name)).setParameter("self", self == null ? -1L : self)
                .getSingleResult();
        if (clashes > 0) {
            throw new ConflictException("name", Message.of("forecasting.scenario.nameTaken", name.trim()));
        }
        return name.trim();
    }

    private static PlanScenario current(Session session, long id, int expectedVersion) {
        PlanScenario scenario = found(session, id);
        if (scenario.getVersion() != expectedVersion) {
            throw new ConflictException("version", Message.of("common.version.stale",
                    Message.of("forecasting.scenario.numbered", id)));
        }
        return scenario;
    }

    private static PlanScenario found(Session session, long id) {
        PlanScenario scenario = session.find(PlanScenario.class, id);
        if (scenario == null) {
            throw new NotFoundException(Message.noun(PlanScenario.class, "scenario"), id);
        }
        return scenario;
    }
}
