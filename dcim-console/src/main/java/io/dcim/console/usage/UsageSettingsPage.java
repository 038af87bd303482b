package io.dcim.console.usage;

import io.dcim.app.Services;
import io.dcim.common.access.Caller;
import io.dcim.common.access.Permission;
import io.dcim.common.error.DomainException;
import io.dcim.console.auth.DcimSession;
import io.dcim.console.layout.BasePage;
import io.dcim.console.layout.FieldErrors;
import io.dcim.console.layout.FilterForm;
import io.dcim.console.layout.IsoDateField;
import io.dcim.console.layout.PostAction;
import io.dcim.console.layout.Times;
import io.dcim.forecasting.history.GpuClass;
import io.dcim.forecasting.usage.AccountMapping;
import io.dcim.forecasting.usage.MappingInput;
import io.dcim.forecasting.usage.PartitionMapping;
import io.dcim.forecasting.usage.RentalInput;
import io.dcim.forecasting.usage.ServerRental;
import io.dcim.inventory.site.Site;
import io.dcim.inventory.tenant.Tenant;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.LambdaChoiceRenderer;
import org.apache.wicket.markup.html.form.NumberTextField;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.markup.html.panel.FeedbackPanel;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * What the Slurm import reads and what counts as used besides jobs: the account → tenant and partition → site
 * and GPU class mappings ({@code usage.import} changes them) and the whole-server rentals ({@code usage.manage}).
 */
@AuthorizeInstantiation("usage.view")
public class UsageSettingsPage extends BasePage {

    @Inject
    private Services services;

    private final IModel<List<Tenant>> tenants = LoadableDetachableModel.of(() -> services.tenants().tenants());
    private final IModel<List<Site>> sites = LoadableDetachableModel.of(() -> services.sites().sites());

    public UsageSettingsPage(PageParameters parameters) {
        super(parameters);
        add(new FeedbackPanel("feedback"));
        boolean mayMap = DcimSession.get().may(Permission.USAGE_IMPORT);
        boolean mayRent = DcimSession.get().may(Permission.USAGE_MANAGE);
        addAccounts(mayMap);
        addPartitions(mayMap);
        addRentals(mayRent);
    }

    private Caller caller() {
        return DcimSession.get().caller();
    }

    private void addAccounts(boolean mayMap) {
        add(new ListView<>("accounts", LoadableDetachableModel.of(() -> services.usage().imports().accounts(caller()))) {
            @Override
            protected void populateItem(ListItem<AccountMapping> item) {
                AccountMapping m = item.getModelObject();
                item.add(new Label("cluster", m.getCluster()));
                item.add(new Label("account", m.getAccount()));
                item.add(new Label("tenant", tenantName(m.getTenantId())));
                long id = m.getId();
                int version = m.getVersion();
                item.add(action("delete", mayMap, () -> services.usage().imports().deleteAccount(caller(), id, version)));
            }
        });
        IModel<String> cluster = Model.of("");
        IModel<String> account = Model.of("");
        IModel<Long> tenant = Model.of((Long) null);
        Form<Void> form = new Form<>("addAccount") {
            @Override
            protected void onSubmit() {
                perform(this, () -> services.usage().imports().createAccount(caller(),
                        new MappingInput(cluster.getObject(), account.getObject(), tenant.getObject(), null, null)));
            }
        };
        form.add(new TextField<>("cluster", cluster));
        form.add(new TextField<>("account", account));
        form.add(FilterForm.idChoice("tenant", tenant, tenants, entity -> entity.getId(), t -> t.getName()));
        form.setVisible(mayMap);
        add(form);
    }

    private void addPartitions(boolean mayMap) {
        add(new ListView<>("partitions", LoadableDetachableModel.of(() -> services.usage().imports().partitions(caller()))) {
            @Override
            protected void populateItem(ListItem<PartitionMapping> item) {
                PartitionMapping m = item.getModelObject();
                item.add(new Label("cluster", m.getCluster()));
                item.add(new Label("partition", m.getPartition()));
                item.add(new Label("site", siteName(m.getSiteId())));
                item.add(new Label("gpuClass", classLabel(m.getGpuClass())));
                long id = m.getId();
                int version = m.getVersion();
                item.add(action("delete", mayMap, () -> services.usage().imports().deletePartition(caller(), id, version)));
            }
        });
        IModel<String> cluster = Model.of("");
        IModel<String> partition = Model.of("");
        IModel<Long> site = Model.of((Long) null);
        IModel<GpuClass> gpuClass = Model.of((GpuClass) null);
        Form<Void> form = new Form<>("addPartition") {
            @Override
            protected void onSubmit() {
                perform(this, () -> services.usage().imports().createPartition(caller(),
                        new MappingInput(cluster.getObject(), partition.getObject(), null, site.getObject(),
                                gpuClass.getObject())));
            }
        };
        form.add(new TextField<>("cluster", cluster));
        form.add(new TextField<>("partition", partition));
        form.add(FilterForm.idChoice("site", site, sites, entity -> entity.getId(), s -> s.getName()));
        form.add(classChoice("gpuClass", gpuClass));
        form.setVisible(mayMap);
        add(form);
    }

    private void addRentals(boolean mayRent) {
        add(new ListView<>("rentals", LoadableDetachableModel.of(() -> services.usage().rentals().list(caller(), null))) {
            @Override
            protected void populateItem(ListItem<ServerRental> item) {
                ServerRental r = item.getModelObject();
                item.add(new Label("tenant", tenantName(r.getTenantId())));
                item.add(new Label("site", siteName(r.getSiteId())));
                item.add(new Label("gpuClass", classLabel(r.getGpuClass())));
                item.add(new Label("servers", r.getServers() + " \u00d7 " + r.getCardsPerServer()));
                item.add(new Label("cores", r.getCoresPerServer()));
                item.add(new Label("term", Times.date(r.getStartDate()) + " \u2013 " + Times.date(r.endDate().minusDays(1))));
                item.add(new Label("note", r.getNote() == null ? "" : r.getNote()));
                long id = r.getId();
                int version = r.getVersion();
                item.add(action("delete", mayRent, () -> services.usage().rentals().delete(caller(), id, version)));
            }
        });
        IModel<Long> tenant = Model.of((Long) null);
        IModel<Long> site = Model.of((Long) null);
        IModel<GpuClass> gpuClass = Model.of((GpuClass) null);
        IModel<Integer> servers = Model.of(1);
        IModel<Integer> cards = Model.of(8);
        IModel<Integer> cores = Model.of(128);
        IModel<LocalDate> start = Model.of((LocalDate) null);
        IModel<Integer> months = Model.of(12);
        IModel<String> note = Model.of("");
        Form<Void> form = new Form<>("addRental") {
            @Override
            protected void onSubmit() {
                perform(this, () -> services.usage().rentals().create(caller(), new RentalInput(tenant.getObject(),
                        site.getObject(), gpuClass.getObject(), servers.getObject(), cards.getObject(), cores.getObject(),
                        start.getObject(), months.getObject(), note.getObject())));
            }
        };
        form.add(FilterForm.idChoice("tenant", tenant, tenants, entity -> entity.getId(), t -> t.getName()));
        form.add(FilterForm.idChoice("site", site, sites, entity -> entity.getId(), s -> s.getName()));
        form.add(classChoice("gpuClass", gpuClass));
        form.add(new NumberTextField<>("servers", servers, Integer.class));
        form.add(new NumberTextField<>("cards", cards, Integer.class));
        form.add(new NumberTextField<>("cores", cores, Integer.class));
        form.add(new IsoDateField("start", start));
        form.add(new NumberTextField<>("months", months, Integer.class));
        form.add(new TextField<>("note", note));
        form.setVisible(mayRent);
        add(form);
    }

    private void perform(Form<?> form, Runnable change) {
        try {
            change.run();
            getSession().success(getString("saved"));
            setResponsePage(UsageSettingsPage.class);
        } catch (DomainException e) {
            FieldErrors.report(form, e);
        }
    }

    private PostAction action(String id, boolean allowed, Runnable change) {
        PostAction action = new PostAction(id, new org.apache.wicket.model.ResourceModel("remove")) {
            @Override
            protected void onPost() {
                try {
                    change.run();
                    getSession().success(getString("removed"));
                    setResponsePage(UsageSettingsPage.class);
                } catch (DomainException e) {
                    FieldErrors.report(UsageSettingsPage.this, e);
                }
            }
        };
        action.setVisible(allowed);
        return action;
    }

    private static DropDownChoice<GpuClass> classChoice(String id, IModel<GpuClass> model) {
        return new DropDownChoice<>(id, model, Arrays.asList(GpuClass.values()),
                new LambdaChoiceRenderer<>(c -> c.label(), c -> c.name()));
    }

    private String tenantName(long id) {
        return tenants.getObject().stream().filter(t -> Objects.equals(t.getId(), id)).map(Tenant::getName).findFirst()
                .orElse(String.valueOf(id));
    }

    private String siteName(long id) {
        return sites.getObject().stream().filter(s -> Objects.equals(s.getId(), id)).map(Site::getName).findFirst()
                .orElse(String.valueOf(id));
    }

    private static String classLabel(String name) {
        return Arrays.stream(GpuClass.values()).filter(c -> c.name().equals(name)).map(GpuClass::label).findFirst()
                .orElse(name);
    }

    @Override
    protected void onDetach() {
        super.onDetach();
        tenants.detach();
        sites.detach();
    }

    @Override
    protected String title() {
        return getString("title");
    }
}
