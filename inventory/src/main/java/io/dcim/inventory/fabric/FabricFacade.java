package io.dcim.inventory.fabric;

import static io.dcim.common.access.Permission.CABLE_EDIT;
import static io.dcim.common.access.Permission.READ;

import io.dcim.common.access.Caller;
import io.dcim.common.access.UseCase;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.common.persistence.Database;
import io.dcim.common.persistence.Lookup;
import io.dcim.inventory.catalog.DeviceKind;
import io.dcim.inventory.catalog.DeviceModel;
import io.dcim.inventory.port.DevicePorts;
import io.dcim.inventory.cable.Cable;
import io.dcim.inventory.cable.CableService;
import io.dcim.inventory.cable.NewCable;
import io.dcim.common.error.DomainException;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

/**
 * Fabric planning as the doors call it. Sizing and costing a plan changes nothing, so anyone who
 * reads may do it ({@code read}); writing a plan as PLANNED cables onto devices needs
 * {@code cable.edit} and runs in one transaction under the caller's name.
 */
public final class FabricFacade {

    private final Database db;
    private final FabricWiring wiring;
    private final CableService cables;

    public FabricFacade(Database db, CableService cables) {
        this.db = db;
        this.wiring = new FabricWiring(db, cables);
        this.cables = cables;
    }

    /** The plan at the shipped prices for the request's port speed. */
    public FabricPlan plan(Caller caller, FabricRequest request) {
        caller.require(READ);
        return new FabricPlanner(FabricPrices.shipped(request.portSpeedGbps())).plan(request);
    }

    /** A catalog switch model's radix and speed, for a plan built on it; {@code field} is named when it is no switch. */
    public FabricSwitch switchOf(Caller caller, long modelId, String field) {
        caller.require(READ);
        return db.read(session -> {
            DeviceModel model = Lookup.referenced(session, DeviceModel.class, modelId, field, "device model");
            if (model.getKind() != DeviceKind.NETWORK_SWITCH) {
                throw new InvalidValueException(field, Message.of("inventory.fabric.notASwitch", model.getDisplayName()));
            }
            return FabricSwitch.of(modelId, model.getDisplayName(), DevicePorts.templatesOf(session, modelId), field);
        });
    }

    /** The catalog's switch models that can carry a fabric, for a form to offer. */
    public List<FabricSwitch> switches(Caller caller) {
        caller.require(READ);
        return db.read(session -> session.createQuery("from DeviceModel m where m.kind = :k order by m.manufacturer, m.model",
                DeviceModel.class).setParameter("k", DeviceKind.NETWORK_SWITCH).getResultList().stream()
                .map(m -> {
                    try {
                        return FabricSwitch.of(m.getId(), m.getDisplayName(), DevicePorts.templatesOf(session, m.getId()),
                                "switchModelId");
                    } catch (InvalidValueException e) {
                        return null;
                    }
                }).filter(java.util.Objects::nonNull).toList());
    }

    /** Writes the plan's links as PLANNED cables onto these devices, all or none; returns how many. */
    public int writePlanned(Caller caller, FabricRequest request, FabricDevices devices, String labelPrefix) {
        return UseCase.run(db, caller, CABLE_EDIT, session -> {
            List<Cable> written = wiring.writePlanned(request, devices, labelPrefix);
            return written.size();
        });
    }

    /**
     * What writing the plan onto the selected devices would do, writing nothing: the devices chosen, the
     * cables (the first {@code rows} of them) and every cable the cabling rules would refuse. Needs
     * {@code cable.edit}, as the write does: it is the write's dry run.
     */
    public FabricWriteReport previewWrite(Caller caller, FabricRequest request, FabricSelection selection, int rows) {
        return previewWrite(caller, request, selection, rows, FabricProgress.NONE);
    }

    /** {@link #previewWrite(Caller, FabricRequest, FabricSelection, int)} telling {@code progress} where it is. */
    public FabricWriteReport previewWrite(Caller caller, FabricRequest request, FabricSelection selection, int rows,
            FabricProgress progress) {
        caller.require(CABLE_EDIT);
        return db.read(session -> layOut(session, request, selection, rows, false, progress));
    }

    /**
     * Writes the plan onto the selected devices as PLANNED cables in one transaction, or nothing when
     * the cabling rules refuse any cable (the report then lists them, as the preview does).
     */
    public FabricWriteReport writePlanned(Caller caller, FabricRequest request, FabricSelection selection, int rows) {
        return writePlanned(caller, request, selection, rows, FabricProgress.NONE);
    }

    /**
     * {@link #writePlanned(Caller, FabricRequest, FabricSelection, int)} telling {@code progress} where it is: what a
     * background job runs, so that a plan of tens of thousands of cables shows how far it has got.
     */
    public FabricWriteReport writePlanned(Caller caller, FabricRequest request, FabricSelection selection, int rows,
            FabricProgress progress) {
        return UseCase.run(db, caller, CABLE_EDIT, session -> layOut(session, request, selection, rows, true, progress));
    }

    private FabricWriteReport layOut(Session session, FabricRequest request, FabricSelection selection, int rows,
            boolean write, FabricProgress progress) {
        FabricPlan plan = new FabricPlanner(FabricPrices.shipped(request.portSpeedGbps())).plan(request);
        FabricDevices devices = FabricChooser.choose(session, request, selection);
        List<PlannedCable> planned = wiring.lay(request, devices, selection.labelPrefix());
        List<NewCable> requests = FabricWiring.requests(planned);
        progress.laid(FabricProgress.steps(requests.size(), write));
        Map<Integer, DomainException> refused = cables.refusals(requests, progress::done);
        List<FabricWriteReport.Refusal> listed = refused.entrySet().stream().limit(FabricWriteReport.LISTED)
                .map(e -> new FabricWriteReport.Refusal(planned.get(e.getKey()), e.getValue().field(), e.getValue().why()))
                .toList();
        boolean written = write && refused.isEmpty();
        if (written) {
            int checked = requests.size();
            cables.connectAll(requests, n -> progress.done(checked + n));
        }
        return new FabricWriteReport(plan, devices, planned.size(), planned.subList(0, Math.min(rows, planned.size())),
                listed, refused.size(), written);
    }

    /**
     * The installers' workbook: a sheet of every cable (label, both ends, type, reach, transceivers) and a
     * summary sheet (counts by tier and reach, switches, transceivers, cost), headed in {@code locale}'s
     * language. With a selection the ends are the chosen devices' own names and ports; without, the plan's.
     * Sized and the devices chosen now, so that a refusal comes before the first byte of the download.
     */
    public PreparedWorkbook workbook(Caller caller, FabricRequest request, FabricSelection selection,
            java.util.Locale locale) {
        caller.require(READ);
        FabricPlan plan = new FabricPlanner(FabricPrices.shipped(request.portSpeedGbps())).plan(request);
        FabricCables.Ends ends = selection == null ? FabricCables.placeholders(request)
                : db.read(session -> ChosenDevices.load(db, FabricChooser.choose(session, request, selection),
                        request.portSpeedGbps()));
        String prefix = selection == null ? FabricSelection.DEFAULT_PREFIX : selection.labelPrefix();
        return out -> new FabricWorkbook(locale).write(plan, sink -> FabricCables.walk(request, ends, prefix, sink), out);
    }

    /** A workbook ready to stream. */
    public interface PreparedWorkbook {
        void write(java.io.OutputStream out);
    }
}
