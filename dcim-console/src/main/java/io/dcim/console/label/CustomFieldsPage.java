package io.dcim.console.label;

import static io.dcim.console.layout.UrlParams.longParam;

import io.dcim.app.Services;
import io.dcim.common.edit.Versioned;
import io.dcim.common.error.DomainException;
import io.dcim.common.error.NotFoundException;
import io.dcim.console.auth.DcimSession;
import io.dcim.console.layout.BasePage;
import io.dcim.console.layout.EditFeedback;
import io.dcim.console.layout.FieldErrors;
import io.dcim.console.layout.Labels;
import io.dcim.inventory.field.CustomFieldDetails;
import io.dcim.inventory.field.FieldKind;
import io.dcim.inventory.tag.ObjectType;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.Button;
import org.apache.wicket.markup.html.form.CheckBox;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.LambdaChoiceRenderer;
import org.apache.wicket.markup.html.form.NumberTextField;
import org.apache.wicket.markup.html.form.TextArea;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.http.flow.AbortWithHttpErrorCodeException;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * The custom fields of sites, cabinets, devices and GPUs ({@code /custom-fields}, {@code ?id=} to edit one): the
 * list and the form that defines or edits one. For those who hold {@code field.manage}.
 */
@AuthorizeInstantiation("field.manage")
public class CustomFieldsPage extends BasePage {

    @Inject
    private Services services;

    private final Long fieldId;
    private int version;
    private final Model<ObjectType> objectType = Model.of(ObjectType.DEVICE);
    private final Model<String> key = Model.of();
    private final Model<String> labelEn = Model.of();
    private final Model<String> labelZh = Model.of();
    private final Model<FieldKind> kind = Model.of(FieldKind.TEXT);
    private final Model<String> choices = Model.of();
    private final Model<Boolean> required = Model.of(false);
    private final Model<Integer> position = Model.of(0);

    public CustomFieldsPage(PageParameters parameters) {
        super(parameters);
        this.fieldId = longParam(parameters, "id");
        if (fieldId != null) {
            fill();
        }
        add(new ListView<>("field", LoadableDetachableModel.of(
                () -> services.customFieldFacade().fields(DcimSession.get().caller(), null))) {
            @Override
            protected void populateItem(ListItem<Versioned<CustomFieldDetails>> item) {
                CustomFieldDetails f = item.getModelObject().value();
                item.add(new Label("objectType", Labels.of(f.objectType())));
                BookmarkablePageLink<Void> edit = new BookmarkablePageLink<>("edit", CustomFieldsPage.class,
                        new PageParameters().set("id", item.getModelObject().id()));
                edit.add(new Label("key", f.key()));
                item.add(edit);
                item.add(new Label("label", LabelsView.label(f, getLocale())));
                item.add(new Label("kind", Labels.of(f.kind())));
                item.add(new Label("choices", String.join(", ", f.choices())));
                item.add(new Label("required", getString(f.required() ? "yes" : "no")));
                item.add(new Label("position", f.position()));
            }
        });
        Form<Void> form = new Form<>("form");
        add(form);
        form.add(new Label("formTitle", fieldId == null ? getString("newField")
                : getString("editField", Model.ofMap(Map.of("key", String.valueOf(key.getObject()))))));
        FieldErrors fields = new FieldErrors(form);
        form.add(EditFeedback.panel("formFeedback", this, form));
        fields.add(form, "objectType", new DropDownChoice<>("objectType", objectType, Arrays.asList(ObjectType.values()),
                new LambdaChoiceRenderer<>(Labels::of, choice -> choice.name())));
        fields.add(form, "key", new TextField<>("key", key));
        fields.add(form, "labelEn", new TextField<>("labelEn", labelEn));
        fields.add(form, "labelZh", new TextField<>("labelZh", labelZh));
        fields.add(form, "kind", new DropDownChoice<>("kind", kind, Arrays.asList(FieldKind.values()),
                new LambdaChoiceRenderer<>(Labels::of, choice -> choice.name())));
        fields.add(form, "choices", new TextArea<>("choices", choices));
        fields.add(form, "required", new CheckBox("required", required));
        fields.add(form, "position", new NumberTextField<>("position", position, Integer.class).setRequired(true));
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
                    services.customFieldFacade().delete(DcimSession.get().caller(), fieldId, version);
                    getSession().success(getString("deleted"));
                    setResponsePage(CustomFieldsPage.class);
                } catch (DomainException e) {
                    fields.report(e);
                }
            }
        }.setDefaultFormProcessing(false).setVisible(fieldId != null));
        form.add(new BookmarkablePageLink<>("cancel", CustomFieldsPage.class).setVisible(fieldId != null));
    }

    private void fill() {
        Versioned<CustomFieldDetails> read;
        try {
            read = services.customFieldFacade().field(DcimSession.get().caller(), fieldId);
        } catch (NotFoundException e) {
            throw new AbortWithHttpErrorCodeException(404, e.getMessage());
        }
        CustomFieldDetails f = read.value();
        version = read.version();
        objectType.setObject(f.objectType());
        key.setObject(f.key());
        labelEn.setObject(f.labelEn());
        labelZh.setObject(f.labelZh());
        kind.setObject(f.kind());
        choices.setObject(String.join("\n", f.choices()));
        required.setObject(f.required());
        position.setObject(f.position());
    }

    private void save(FieldErrors fields) {
        List<String> lines = choices.getObject() == null ? List.of() : Arrays.asList(choices.getObject().split("\\R"));
        CustomFieldDetails details = new CustomFieldDetails(objectType.getObject(), key.getObject(), labelEn.getObject(),
                labelZh.getObject(), kind.getObject(), lines, Boolean.TRUE.equals(required.getObject()),
                position.getObject() == null ? 0 : position.getObject());
        try {
            if (fieldId == null) {
                services.customFieldFacade().create(DcimSession.get().caller(), details);
            } else {
                services.customFieldFacade().edit(DcimSession.get().caller(), fieldId, version, details);
            }
            getSession().success(getString("saved"));
            setResponsePage(CustomFieldsPage.class);
        } catch (DomainException e) {
            fields.report(e);
        }
    }

    @Override
    protected String title() {
        return getString("title");
    }
}
