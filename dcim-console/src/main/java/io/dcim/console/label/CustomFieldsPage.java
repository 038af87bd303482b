package io.dcim.console.label;

import io.dcim.app.Services;
import io.dcim.common.edit.Versioned;
import io.dcim.console.auth.DcimSession;
import io.dcim.console.layout.DefinitionsPage;
import io.dcim.console.layout.Destination;
import io.dcim.console.layout.Labels;
import io.dcim.console.layout.Texts;
import io.dcim.inventory.field.CustomFieldDetails;
import io.dcim.inventory.field.FieldKind;
import io.dcim.inventory.tag.ObjectType;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.CheckBox;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.LambdaChoiceRenderer;
import org.apache.wicket.markup.html.form.NumberTextField;
import org.apache.wicket.markup.html.form.TextArea;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * The custom fields of sites, cabinets, devices and GPUs ({@code /custom-fields}, {@code ?id=} to edit one): the
 * list and the form that defines or edits one. For those who hold {@code field.manage}.
 */
@AuthorizeInstantiation("field.manage")
public class CustomFieldsPage extends DefinitionsPage {

    @Inject
    private Services services;

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
        if (chosenId() != null) {
            fill(found(() -> services.customFieldFacade().field(DcimSession.get().caller(), chosenId())));
        }
        list().add(new ListView<>("field", LoadableDetachableModel.of(
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
        field("objectType", new DropDownChoice<>("objectType", objectType, Arrays.asList(ObjectType.values()),
                new LambdaChoiceRenderer<>(Labels::of, choice -> choice.name())));
        field("key", new TextField<>("key", key));
        field("labelEn", new TextField<>("labelEn", labelEn));
        field("labelZh", new TextField<>("labelZh", labelZh));
        field("kind", new DropDownChoice<>("kind", kind, Arrays.asList(FieldKind.values()),
                new LambdaChoiceRenderer<>(Labels::of, choice -> choice.name())));
        field("choices", new TextArea<>("choices", choices));
        field("required", new CheckBox("required", required));
        field("position", new NumberTextField<>("position", position, Integer.class).setRequired(true));
    }

    private void fill(Versioned<CustomFieldDetails> read) {
        CustomFieldDetails f = read.value();
        versionRead(read.version());
        objectType.setObject(f.objectType());
        key.setObject(f.key());
        labelEn.setObject(f.labelEn());
        labelZh.setObject(f.labelZh());
        kind.setObject(f.kind());
        choices.setObject(String.join("\n", f.choices()));
        required.setObject(f.required());
        position.setObject(f.position());
    }

    private CustomFieldDetails details() {
        List<String> lines = choices.getObject() == null ? List.of() : Arrays.asList(choices.getObject().split("\\R"));
        return new CustomFieldDetails(objectType.getObject(), key.getObject(), labelEn.getObject(),
                labelZh.getObject(), kind.getObject(), lines, Boolean.TRUE.equals(required.getObject()),
                position.getObject() == null ? 0 : position.getObject());
    }

    @Override
    protected Destination create() {
        services.customFieldFacade().create(DcimSession.get().caller(), details());
        return Destination.to(CustomFieldsPage.class);
    }

    @Override
    protected int edit(int versionRead) {
        return services.customFieldFacade().edit(DcimSession.get().caller(), chosenId(), versionRead, details()).getVersion();
    }

    @Override
    protected Destination delete(int versionRead) {
        services.customFieldFacade().delete(DcimSession.get().caller(), chosenId(), versionRead);
        return Destination.to(CustomFieldsPage.class);
    }

    @Override
    protected String formTitle() {
        return chosenId() == null ? getString("newField") : Texts.of(this, "editField", "key", String.valueOf(key.getObject()));
    }

    @Override
    protected String title() {
        return getString("title");
    }
}
