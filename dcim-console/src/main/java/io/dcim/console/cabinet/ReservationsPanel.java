package io.dcim.console.cabinet;

import io.dcim.app.Services;
import io.dcim.common.access.Permission;
import io.dcim.common.error.DomainException;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.console.auth.DcimSession;
import io.dcim.console.layout.EmptyNote;
import io.dcim.console.layout.FieldErrors;
import io.dcim.console.layout.Labels;
import io.dcim.console.layout.PostAction;
import io.dcim.console.layout.Times;
import io.dcim.inventory.reservation.NewReservation;
import io.dcim.inventory.reservation.ReservationScope;
import io.dcim.inventory.reservation.ReservationView;
import io.dcim.inventory.tenant.Tenant;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.LambdaChoiceRenderer;
import org.apache.wicket.markup.html.form.NumberTextField;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.markup.html.panel.FeedbackPanel;
import org.apache.wicket.markup.html.panel.Panel;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.model.ResourceModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/** A cabinet's active reservations, with release for ops and a form to reserve more. */
final class ReservationsPanel extends Panel {

    @Inject
    private Services services;

    private static final int DEFAULT_DAYS = 30;

    private final long cabinetId;
    private final Model<ReservationScope> scope = Model.of(ReservationScope.FRONT);
    private final Model<Integer> fromU = Model.of((Integer) null);
    private final Model<Integer> units = Model.of(1);
    private final Model<Long> tenant = Model.of((Long) null);
    private final Model<String> purpose = Model.of("");
    private final Model<String> expires = Model.of(LocalDate.now().plusDays(DEFAULT_DAYS).toString());

    ReservationsPanel(String id, long cabinetId) {
        super(id);
        this.cabinetId = cabinetId;
        IModel<List<ReservationView>> active = LoadableDetachableModel.of(() -> services().reservations().active(cabinetId));
        add(new EmptyNote("none", "none", active));
        add(new ListView<>("rows", active) {
            @Override
            protected void populateItem(ListItem<ReservationView> item) {
                ReservationView r = item.getModelObject();
                item.add(new Label("range", r.scope() == ReservationScope.CABINET ? Labels.of(r.scope())
                        : "U" + r.bottomU() + "–U" + r.topU() + " " + Labels.of(r.scope())));
                item.add(new Label("holder", r.tenantName() == null ? "—" : r.tenantName()));
                item.add(new Label("purpose", r.purpose()));
                item.add(new Label("expires", Times.date(r.expiresOn())));
                item.add(new Label("by", r.createdBy() == null ? "" : r.createdBy()));
                long reservationId = r.id();
                int version = r.version();
                item.add(new PostAction("release", new ResourceModel("release")) {
                    @Override
                    protected void onPost() {
                        release(reservationId, version);
                    }
                }.setVisible(canEdit()));
            }
        });
        add(new FeedbackPanel("feedback", message -> message.getReporter() == this));
        add(reserveForm());
    }

    private Form<Void> reserveForm() {
        Form<Void> form = new Form<>("reserve") {
            @Override
            protected void onSubmit() {
                reserve();
            }
        };
        form.setVisible(canEdit());
        form.add(new DropDownChoice<>("scope", scope, Arrays.asList(ReservationScope.values()),
                new LambdaChoiceRenderer<>(Labels::of, choice -> choice.name())));
        form.add(new NumberTextField<>("fromU", fromU, Integer.class).setMinimum(1).setMaximum(52));
        form.add(new NumberTextField<>("units", units, Integer.class).setMinimum(1).setMaximum(52));
        IModel<List<Tenant>> tenants = LoadableDetachableModel.of(() -> services().tenants().tenants());
        DropDownChoice<Long> tenantChoice = new DropDownChoice<>("tenant", tenant,
                tenants.map(l -> l.stream().map(entity -> entity.getId()).toList()),
                new LambdaChoiceRenderer<>(tid -> tenants.getObject().stream().filter(t -> Objects.equals(t.getId(), tid))
                        .map(Tenant::getName).findFirst().orElse(String.valueOf(tid)), choice -> String.valueOf(choice)));
        tenantChoice.setNullValid(true);
        form.add(tenantChoice);
        form.add(new TextField<>("purpose", purpose));
        form.add(new TextField<>("expires", expires));
        return form;
    }

    private void reserve() {
        try {
            services().reservationFacade().reserve(DcimSession.get().caller(), new NewReservation(cabinetId, scope.getObject(), fromU.getObject(),
                    units.getObject(), tenant.getObject(), purpose.getObject(), date(expires.getObject())));
            getSession().success(getString("reserved"));
            setResponsePage(CabinetPage.class, getPage().getPageParameters());
        } catch (DomainException e) {
            FieldErrors.report(this, e);
        }
    }

    private void release(long reservationId, int version) {
        try {
            services().reservationFacade().release(DcimSession.get().caller(), reservationId, version);
            setResponsePage(CabinetPage.class, new PageParameters(getPage().getPageParameters()));
        } catch (DomainException e) {
            FieldErrors.report(this, e);
        }
    }

    private static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("expiresOn", Message.of("common.input.notDate", text.trim()));
        }
    }

    private static boolean canEdit() {
        return DcimSession.get().may(Permission.RESERVATION_MANAGE);
    }

    private Services services() {
        return services;
    }
}
