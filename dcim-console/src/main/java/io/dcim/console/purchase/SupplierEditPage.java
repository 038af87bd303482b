package io.dcim.console.purchase;

import static io.dcim.console.layout.UrlParams.longParam;

import io.dcim.app.Services;
import io.dcim.common.edit.Versioned;
import io.dcim.console.auth.DcimSession;
import io.dcim.console.layout.Crumb;
import io.dcim.console.layout.Destination;
import io.dcim.console.layout.FormEditPage;
import io.dcim.console.layout.FieldErrors;
import io.dcim.procurement.supplier.ContactInput;
import io.dcim.procurement.supplier.Supplier;
import io.dcim.procurement.supplier.SupplierFacade;
import io.dcim.procurement.supplier.SupplierInput;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.markup.html.form.Button;
import org.apache.wicket.markup.html.form.NumberTextField;
import org.apache.wicket.markup.html.form.TextArea;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.LambdaModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * A supplier added or edited ({@code /supplier-edit}, {@code ?id=} to edit): its name, tax id, lead
 * time, notes and the people to call there. An edit names the version the form was filled from;
 * deleting is refused while an order, a request, an asset or a contract names the supplier.
 */
@AuthorizeInstantiation("supplier.manage")
public class SupplierEditPage extends FormEditPage {

    /** One contact's row as typed; rows are added and removed before the supplier is saved. */
    static final class ContactRow implements Serializable {
        String name;
        String email;
        String phone;

        ContactInput input() {
            return new ContactInput(name, email, phone);
        }
    }

    @Inject
    private Services services;

    private final Long supplierId;
    private final Model<String> name = Model.of();
    private final Model<String> taxId = Model.of();
    private final Model<Integer> leadTimeDays = Model.of(Supplier.DEFAULT_LEAD_TIME_DAYS);
    private final Model<String> notes = Model.of();
    private final ArrayList<ContactRow> contacts = new ArrayList<>();

    public SupplierEditPage(PageParameters parameters) {
        super(parameters);
        this.supplierId = longParam(parameters, "id");
        if (supplierId != null) {
            fill();
        }
        field("name", new TextField<>("name", name));
        field("taxId", new TextField<>("taxId", taxId));
        field("leadTimeDays", new NumberTextField<>("leadTimeDays", leadTimeDays, Integer.class));
        field("notes", new TextArea<>("notes", notes));
        inForm(contactRows(fieldErrors()));
        inForm(new Button("addContact") {
            @Override
            public void onSubmit() {
                contacts.add(new ContactRow());
            }
        });
    }

    /** The contacts' rows; a refusal naming {@code contacts[1].email} shows beside that row's e-mail. */
    private ListView<ContactRow> contactRows(FieldErrors fields) {
        ListView<ContactRow> rows = new ListView<>("contacts", contacts) {
            @Override
            protected void populateItem(ListItem<ContactRow> item) {
                String field = "contacts[" + item.getIndex() + "].";
                fields.add(item, field + "name", new TextField<>("contactName",
                        LambdaModel.of(item.getModel(), r -> r.name, (r, v) -> r.name = v)));
                fields.add(item, field + "email", new TextField<>("contactEmail",
                        LambdaModel.of(item.getModel(), r -> r.email, (r, v) -> r.email = v)));
                fields.add(item, field + "phone", new TextField<>("contactPhone",
                        LambdaModel.of(item.getModel(), r -> r.phone, (r, v) -> r.phone = v)));
                int index = item.getIndex();
                item.add(new Button("removeContact") {
                    @Override
                    public void onSubmit() {
                        contacts.remove(index);
                    }
                });
            }
        };
        // Rows keep what was typed in them while others are added or removed.
        rows.setReuseItems(true);
        return rows;
    }

    private void fill() {
        Versioned<SupplierInput> read = found(() -> facade().supplier(DcimSession.get().caller(), supplierId));
        versionRead(read.version());
        SupplierInput supplier = read.value();
        name.setObject(supplier.name());
        taxId.setObject(supplier.taxId());
        leadTimeDays.setObject(supplier.leadTimeDays());
        notes.setObject(supplier.notes());
        for (ContactInput contact : supplier.contacts()) {
            ContactRow row = new ContactRow();
            row.name = contact.name();
            row.email = contact.email();
            row.phone = contact.phone();
            contacts.add(row);
        }
    }

    private SupplierInput input() {
        List<ContactInput> typed = contacts.stream().map(ContactRow::input).toList();
        return new SupplierInput(name.getObject(), taxId.getObject(), leadTimeDays.getObject(), typed, notes.getObject());
    }

    @Override
    protected boolean isNew() {
        return supplierId == null;
    }

    @Override
    protected Destination create() {
        facade().create(DcimSession.get().caller(), input());
        return Destination.to(SupplierListPage.class);
    }

    @Override
    protected int edit(int versionRead) {
        return facade().edit(DcimSession.get().caller(), supplierId, versionRead, input()).getVersion();
    }

    @Override
    protected Destination delete(int versionRead) {
        facade().delete(DcimSession.get().caller(), supplierId, versionRead);
        return Destination.to(SupplierListPage.class);
    }

    private SupplierFacade facade() {
        return services.procurement().supplierFacade();
    }

    @Override
    protected String title() {
        return supplierId == null ? getString("title.new")
                : getString("title.edit", Model.ofMap(Map.of("supplier", String.valueOf(name.getObject()))));
    }

    @Override
    protected List<Crumb> crumbs() {
        return List.of(Crumb.to(getString("crumb.suppliers"), SupplierListPage.class, new PageParameters()),
                Crumb.here(supplierId == null ? getString("title.new") : String.valueOf(name.getObject())));
    }
}
