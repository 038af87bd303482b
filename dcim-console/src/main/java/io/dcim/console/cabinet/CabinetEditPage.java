package io.dcim.console.cabinet;

import static io.dcim.console.layout.UrlParams.longParam;

import io.dcim.app.Services;
import io.dcim.common.edit.Versioned;
import io.dcim.console.auth.DcimSession;
import io.dcim.console.label.LabelsField;
import io.dcim.console.layout.Crumb;
import io.dcim.console.layout.DecimalField;
import io.dcim.console.layout.Destination;
import io.dcim.console.layout.FormEditPage;
import io.dcim.console.layout.IsoDateField;
import io.dcim.console.site.RowEditPage;
import io.dcim.inventory.cabinet.Cabinet;
import io.dcim.inventory.cabinet.CabinetEdit;
import io.dcim.inventory.cabinet.Lease;
import io.dcim.inventory.cabinet.NewCabinet;
import io.dcim.inventory.site.CabinetRow;
import io.dcim.inventory.tag.ObjectType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.markup.html.form.NumberTextField;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.http.flow.AbortWithHttpErrorCodeException;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * A cabinet registered in a row ({@code /cabinet-edit?row=}) or edited ({@code ?id=}): name, position,
 * height, contracted power in kW and the IDC lease (landlord, monthly fee, term). An edit names the
 * version the form was filled from; deleting is offered and refused while the cabinet holds anything.
 */
@AuthorizeInstantiation("site.manage")
public class CabinetEditPage extends FormEditPage {

    private static final BigDecimal W_PER_KW = BigDecimal.valueOf(1000);

    @Inject
    private Services services;

    private final Long cabinetId;
    private final long rowId;
    private final long roomId;
    private final String rowName;
    private final String roomName;
    /** Tags and custom fields, for a cabinet that exists (null while registering one). */
    private final LabelsField labels;
    private final Model<String> name = Model.of();
    private final Model<Integer> position = Model.of(1);
    private final Model<Integer> heightU = Model.of(Cabinet.DEFAULT_HEIGHT_U);
    private final Model<BigDecimal> contractedKw = Model.of(kw(Cabinet.DEFAULT_CONTRACTED_W));
    private final Model<String> landlord = Model.of();
    private final Model<BigDecimal> monthlyFee = Model.of();
    private final Model<LocalDate> leaseStart = Model.of();
    private final Model<LocalDate> leaseEnd = Model.of();

    public CabinetEditPage(PageParameters parameters) {
        super(parameters);
        this.cabinetId = longParam(parameters, "id");
        Long row = cabinetId == null ? longParam(parameters, "row")
                : found(() -> services.cabinetQueries().find(cabinetId)).rowId();
        if (row == null) {
            throw new AbortWithHttpErrorCodeException(404);
        }
        CabinetRow where = found(() -> services.sites().row(row));
        this.rowId = row;
        this.rowName = where.getName();
        this.roomId = where.getRoom().getId();
        this.roomName = where.getRoom().getName();
        if (cabinetId != null) {
            fill();
        }
        field("name", new TextField<>("name", name));
        field("position", new NumberTextField<>("position", position, Integer.class).setRequired(true));
        field("heightU", new NumberTextField<>("heightU", heightU, Integer.class).setRequired(true));
        field("contractedW", new DecimalField("contractedKw", contractedKw).setRequired(true));
        field("lease.landlord", new TextField<>("landlord", landlord));
        field("lease.monthlyFee", new DecimalField("monthlyFee", monthlyFee));
        field("lease.start", new IsoDateField("leaseStart", leaseStart));
        field("lease.end", new IsoDateField("leaseEnd", leaseEnd));
        labels = inForm(new LabelsField("labels", ObjectType.CABINET, cabinetId, fieldErrors()));
    }

    private void fill() {
        Versioned<CabinetEdit> read = services.cabinetFacade().cabinet(DcimSession.get().caller(), cabinetId);
        versionRead(read.version());
        CabinetEdit c = read.value();
        name.setObject(c.name());
        position.setObject(c.position());
        heightU.setObject(c.heightU());
        contractedKw.setObject(kw(c.contractedW()));
        if (c.lease() != null) {
            landlord.setObject(c.lease().getLandlord());
            monthlyFee.setObject(c.lease().getMonthlyFee());
            leaseStart.setObject(c.lease().getStart());
            leaseEnd.setObject(c.lease().getEnd());
        }
    }

    private int watts() {
        return contractedKw.getObject().multiply(W_PER_KW).setScale(0, RoundingMode.HALF_UP).intValue();
    }

    private Lease lease() {
        return new Lease(landlord.getObject(), monthlyFee.getObject(), leaseStart.getObject(), leaseEnd.getObject());
    }

    @Override
    protected boolean isNew() {
        return cabinetId == null;
    }

    @Override
    protected Destination create() {
        Cabinet created = services.cabinetFacade().create(DcimSession.get().caller(), new NewCabinet(rowId,
                name.getObject(), position.getObject(), heightU.getObject(), watts(), lease()), labels.labels());
        return Destination.to(CabinetEditPage.class, created.getId());
    }

    @Override
    protected int edit(int versionRead) {
        return services.cabinetFacade().edit(DcimSession.get().caller(), cabinetId, versionRead,
                new CabinetEdit(name.getObject(), position.getObject(), heightU.getObject(), watts(), lease()), labels.labels()).getVersion();
    }

    @Override
    protected Destination delete(int versionRead) {
        services.cabinetFacade().delete(DcimSession.get().caller(), cabinetId, versionRead);
        return Destination.to(RowEditPage.class, rowId);
    }

    private static BigDecimal kw(int watts) {
        return BigDecimal.valueOf(watts).divide(W_PER_KW).stripTrailingZeros();
    }

    @Override
    protected String title() {
        return cabinetId == null ? getString("title.new", Model.ofMap(java.util.Map.of("row", rowName)))
                : getString("title.edit", Model.ofMap(java.util.Map.of("cabinet", String.valueOf(name.getObject()))));
    }

    @Override
    protected List<Crumb> crumbs() {
        return List.of(Crumb.to(roomName, io.dcim.console.site.RoomEditPage.class, new PageParameters().set("id", roomId)),
                Crumb.to(rowName, RowEditPage.class, new PageParameters().set("id", rowId)),
                Crumb.here(cabinetId == null ? getString("crumb.new") : String.valueOf(name.getObject())));
    }
}
