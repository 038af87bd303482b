package io.dcim.console.purchase;

import static io.dcim.console.layout.UrlParams.longParam;

import io.dcim.app.Services;
import io.dcim.common.edit.Versioned;
import io.dcim.common.error.DomainException;
import io.dcim.common.error.NotFoundException;
import io.dcim.console.auth.DcimSession;
import io.dcim.console.layout.BasePage;
import io.dcim.console.layout.Crumb;
import io.dcim.console.layout.EditFeedback;
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
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.NumberTextField;
import org.apache.wicket.markup.html.form.TextArea;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.LambdaModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.http.flow.AbortWithHttpErrorCodeException;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * A supplier added or edited ({@code /supplier-edit}, {@code ?id=} to edit): its name, tax id, lead
 * time, notes and the people to call there. An edit names the version the form was filled from;
 * deleting is refused while an order, a request, an asset or a contract names the supplier.
 */
@AuthorizeInstantiation("supplier.manage")
public class SupplierEditPage extends BasePage {

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
    private int version;
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
        Form<Void> form = new Form<>("form");
        add(form);
        FieldErrors fields = new FieldErrors(form);
        form.add(EditFeedback.panel("formFeedback", this, form));
        fields.add(form, "name", new TextField<>("name", name));
        fields.add(form, "taxId", new TextField<>("taxId", taxId));
        fields.add(form, "leadTimeDays", new NumberTextField<>("leadTimeDays", leadTimeDays, Integer.class));
        fields.add(form, "notes", new TextArea<>("notes", notes));
        form.add(contactRows(fields));
        form.add(new Button("addContact") {
            @Override
            public void onSubmit() {
                contacts.add(new ContactRow());
            }
        });
        form.add(new Button("save") {
            @Override
            public void onSubmit() {
                save(fields);
            }
        });
        form.add(new Button("delete") {
            @Override
            public void onSubmit() {
                try {
                    facade().delete(DcimSession.get().caller(), supplierId, version);
                    getSession().success(getString("deleted"));
                    setResponsePage(SupplierListPage.class);
                } catch (DomainException e) {
                    fields.report(e);
                }
            }
        }.setDefaultFormProcessing(false).setVisible(supplierId != null));
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
        Versioned<SupplierInput> read;
        try {
            read = facade().supplier(DcimSession.get().caller(), supplierId);
        } catch (NotFoundException e) {
            throw new AbortWithHttpErrorCodeException(404, e.getMessage());
        }
        version = read.version();
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

    private void save(FieldErrors fields) {
        List<ContactInput> typed = contacts.stream().map(ContactRow::input).toList();
        SupplierInput input = new SupplierInput(name.getObject(), taxId.getObject(), leadTimeDays.getObject(), typed,
                notes.getObject());
        try {
            if (supplierId == null) {
                facade().create(DcimSession.get().caller(), input);
                getSession().success(getString("saved"));
                setResponsePage(SupplierListPage.class);
            } else {
                Supplier saved = facade().edit(DcimSession.get().caller(), supplierId, version, input);
                version = saved.getVersion();
                success(getString("saved"));
            }
        } catch (DomainException e) {
            fields.report(e);
        }
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
