package io.dcim.console.power;

import static io.dcim.console.layout.UrlParams.longParam;

import io.dcim.app.Services;
import io.dcim.common.access.Permission;
import io.dcim.common.error.DomainException;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.common.paging.PageRequest;
import io.dcim.console.auth.DcimSession;
import io.dcim.console.layout.BasePage;
import io.dcim.console.layout.Crumb;
import io.dcim.console.layout.EmptyNote;
import io.dcim.console.layout.FieldErrors;
import io.dcim.console.layout.PostAction;
import io.dcim.inventory.cabinet.CabinetFilter;
import io.dcim.inventory.cabinet.CabinetSummary;
import io.dcim.power.PowerModule;
import io.dcim.power.alarm.AlarmKind;
import io.dcim.power.alarm.Threshold;
import io.dcim.power.alarm.ThresholdSpec;
import io.dcim.power.alarm.ThresholdView;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.wicket.RestartResponseException;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.LambdaChoiceRenderer;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.markup.html.panel.FeedbackPanel;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.model.ResourceModel;
import org.apache.wicket.model.StringResourceModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * Alarm levels of a site ({@code /power/thresholds?site=}): the shipped defaults, the site's and its cabinets'
 * overrides with the levels they result in, and, for ops and admins, a form to set or remove one. An empty level
 * inherits (a cabinet from its site, a site from the defaults).
 */
public class ThresholdsPage extends BasePage {

    @Inject
    private Services services;

    private final Long siteId;

    public ThresholdsPage(PageParameters parameters) {
        super(parameters);
        Long asked = longParam(parameters, "site");
        List<io.dcim.inventory.site.Site> sites = services().sites().sites();
        this.siteId = asked != null ? asked : sites.isEmpty() ? null : sites.get(0).getId();
        if (power().isEmpty() || siteId == null) {
            throw new RestartResponseException(SitePowerPage.class);
        }
        add(new FeedbackPanel("feedback", message -> message.getReporter() == this));
        add(defaults());
        IModel<List<OverrideRow>> overrides = LoadableDetachableModel.of(() -> rows(siteId));
        add(new EmptyNote("none", "levels.none", overrides));
        add(overrideList(overrides));
        WebMarkupContainer editing = new WebMarkupContainer("editing");
        editing.setVisible(canEdit());
        editing.add(form(overrides));
        add(editing);
    }

    /** The shipped levels, which apply wherever nothing overrides them. */
    private ListView<Threshold> defaults() {
        return new ListView<>("defaults", Arrays.stream(AlarmKind.values())
                .map(k -> power().orElseThrow().thresholds().defaults().of(k)).toList()) {
            @Override
            protected void populateItem(ListItem<Threshold> item) {
                Threshold t = item.getModelObject();
                item.add(new Label("kind", label(t.kind())));
                item.add(new Label("warning", level(t.warning(), t.kind())));
                item.add(new Label("critical", level(t.critical(), t.kind())));
                item.add(new Label("clear", level(t.clearMargin(), t.kind())));
            }
        };
    }

    /** The site's and its cabinets' overrides with the levels they result in, each removable by ops and admins. */
    private ListView<OverrideRow> overrideList(IModel<List<OverrideRow>> overrides) {
        return new ListView<>("overrides", overrides) {
            @Override
            protected void populateItem(ListItem<OverrideRow> item) {
                OverrideRow r = item.getModelObject();
                ThresholdView v = r.view();
                item.add(new Label("scope", r.scope()));
                item.add(new Label("kind", label(v.kind())));
                item.add(new Label("warning", own(v.warning(), v.effective().warning(), v.kind())));
                item.add(new Label("critical", own(v.critical(), v.effective().critical(), v.kind())));
                item.add(new Label("clear", own(v.clearMargin(), v.effective().clearMargin(), v.kind())));
                item.add(removeOverrideLink(v.id(), v.version()));
            }
        };
    }

    /** Shown to those who may edit levels; the façade decides, a forged click included. */
    private PostAction removeOverrideLink(long id, int version) {
        PostAction remove = new PostAction("remove", new ResourceModel("levels.remove")) {
            @Override
            protected void onPost() {
                try {
                    power().orElseThrow().thresholdFacade().clear(DcimSession.get().caller(), id, version);
                    ThresholdsPage.this.success(getString("levels.removed"));
                } catch (DomainException e) {
                    FieldErrors.report(ThresholdsPage.this, e);
                }
            }
        };
        remove.setVisible(canEdit());
        return remove;
    }

    private Form<Void> form(IModel<List<OverrideRow>> overrides) {
        Model<Long> room = Model.of();
        Model<String> cabinet = Model.of();
        Model<AlarmKind> kind = Model.of(AlarmKind.CABINET_POWER);
        Model<String> warning = Model.of();
        Model<String> critical = Model.of();
        Model<String> clear = Model.of();
        Form<Void> form = new Form<>("form");
        FieldErrors fields = new FieldErrors(form);
        form.add(new FeedbackPanel("formFeedback", message -> message.getReporter() == form));
        IModel<List<RoomChoice>> rooms = LoadableDetachableModel.of(() -> services().sites().rooms(siteId).stream()
                .map(r -> new RoomChoice(r.getId(), r.getName())).toList());
        fields.add(form, "roomId", new DropDownChoice<>("room", room, rooms.map(l -> l.stream().map(RoomChoice::id).toList()),
                new LambdaChoiceRenderer<>(id -> rooms.getObject().stream().filter(r -> Objects.equals(r.id(), id))
                        .map(RoomChoice::name).findFirst().orElse(""), choice -> String.valueOf(choice))).setNullValid(true));
        fields.add(form, "cabinet", new TextField<>("cabinet", cabinet));
        fields.add(form, "kind", new DropDownChoice<>("kind", kind, Arrays.asList(AlarmKind.values()),
                new LambdaChoiceRenderer<>(this::label, choice -> choice.name())).setRequired(true));
        fields.add(form, "warning", new TextField<>("warning", warning));
        fields.add(form, "critical", new TextField<>("critical", critical));
        fields.add(form, "clearMargin", new TextField<>("clear", clear));
        form.add(new org.apache.wicket.markup.html.form.Button("save") {
            @Override
            public void onSubmit() {
                try {
                    ThresholdSpec spec = new ThresholdSpec(decimal("warning", warning.getObject()),
                            decimal("critical", critical.getObject()), decimal("clearMargin", clear.getObject()));
                    save(kind.getObject(), cabinetId(room.getObject(), cabinet.getObject()), spec, overrides.getObject());
                    getSession().success(new StringResourceModel("levels.saved", ThresholdsPage.this)
                            .setParameters(label(kind.getObject())).getString());
                    setResponsePage(ThresholdsPage.class, new PageParameters().set("site", siteId));
                } catch (DomainException e) {
                    fields.report(e);
                }
            }
        });
        return form;
    }

    /**
     * Sets the site's levels of a kind (no cabinet) or a cabinet's, against the version of the override shown, if
     * there is one: someone else's change meanwhile is refused rather than overwritten.
     */
    private void save(AlarmKind kind, Long cabinetId, ThresholdSpec spec, List<OverrideRow> shown) {
        Integer version = shown.stream().map(OverrideRow::view)
                .filter(v -> v.kind() == kind && Objects.equals(v.cabinetId(), cabinetId)
                        && (cabinetId != null || v.siteId() != null))
                .map(ThresholdView::version).findFirst().orElse(null);
        var thresholds = power().orElseThrow().thresholdFacade();
        if (cabinetId == null) {
            thresholds.overrideSite(DcimSession.get().caller(), siteId, kind, spec, version);
        } else {
            thresholds.overrideCabinet(DcimSession.get().caller(), cabinetId, kind, spec, version);
        }
    }

    private Long cabinetId(Long roomId, String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String wanted = name.trim();
        return services().cabinetQueries().page(new CabinetFilter(siteId, roomId, null, wanted, null, null, null),
                        PageRequest.first(20, "name")).items().stream().filter(c -> c.name().equalsIgnoreCase(wanted))
                .reduce((a, b) -> {
                    throw new InvalidValueException("roomId", Message.of("power.threshold.cabinetInRooms", wanted));
                })
                .map(CabinetSummary::id)
                .orElseThrow(() -> new InvalidValueException("cabinet", Message.of(roomId == null
                        ? "power.threshold.noCabinetInSite" : "power.threshold.noCabinetInRoom", wanted)));
    }

    private static BigDecimal decimal(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidValueException(field, Message.of("common.input.notNumber", value.trim()));
        }
    }

    private List<OverrideRow> rows(long site) {
        return power().map(p -> p.thresholds().overrides(site).stream().map(v -> new OverrideRow(v,
                v.cabinetId() == null ? getString("levels.wholeSite") : cabinetName(v.cabinetId()))).toList()).orElse(List.of());
    }

    private String cabinetName(long cabinetId) {
        CabinetSummary c = services().cabinetQueries().find(cabinetId);
        return new StringResourceModel("levels.cabinet", this).setParameters(c.roomName() + "/" + c.name()).getString();
    }

    private String label(AlarmKind kind) {
        return EnumWords.word("power", kind, getLocale());
    }

    private String level(BigDecimal value, AlarmKind kind) {
        return value == null ? "—" : value.stripTrailingZeros().toPlainString() + " " + getString("levels.unit." + kind.name());
    }

    /** The override's own level, or the inherited one in brackets. */
    private String own(BigDecimal own, BigDecimal effective, AlarmKind kind) {
        return own != null ? level(own, kind)
                : new StringResourceModel("levels.inherited", this).setParameters(level(effective, kind)).getString();
    }

    static boolean canEdit() {
        return DcimSession.get().may(Permission.THRESHOLD_EDIT);
    }

    private Services services() {
        return services;
    }

    private Optional<PowerModule> power() {
        return services().powerIfRunning();
    }

    record OverrideRow(ThresholdView view, String scope) implements Serializable {
    }

    record RoomChoice(Long id, String name) implements Serializable {
    }

    @Override
    protected String title() {
        return getString("title") + " · " + services().sites().site(siteId).getName();
    }

    @Override
    protected List<Crumb> crumbs() {
        return List.of(Crumb.to(getString("crumb.power"), SitePowerPage.class, new PageParameters().set("site", siteId)),
                Crumb.here(getString("title")));
    }
}
