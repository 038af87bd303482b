package io.dcim.console.label;

import io.dcim.app.Services;
import io.dcim.console.auth.DcimSession;
import io.dcim.console.layout.FieldErrors;
import io.dcim.inventory.field.CustomFieldDetails;
import io.dcim.inventory.field.FieldKind;
import io.dcim.inventory.label.LabelView;
import io.dcim.inventory.label.Labels;
import io.dcim.inventory.tag.ObjectType;
import io.dcim.inventory.tag.TagChip;
import io.dcim.inventory.tag.TagSummary;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.apache.wicket.AttributeModifier;
import org.apache.wicket.feedback.ComponentFeedbackMessageFilter;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.CheckBoxMultipleChoice;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.FormComponent;
import org.apache.wicket.markup.html.form.LambdaChoiceRenderer;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.panel.FeedbackPanel;
import org.apache.wicket.markup.html.panel.Panel;
import org.apache.wicket.markup.repeater.RepeatingView;
import org.apache.wicket.model.Model;

/**
 * The tags and custom fields of one site, cabinet, device or GPU inside its edit form: a page adds the panel and
 * passes {@link #labels()} to its façade's create or edit, so they save in the same transaction as the rest.
 * Refusals naming {@code tags} or {@code customFields.<key>} show beside the field.
 */
public class LabelsField extends Panel {

    @Inject
    private Services services;

    private final Model<ArrayList<String>> tags = new Model<>(new ArrayList<>());
    private final Map<String, Model<String>> values = new LinkedHashMap<>();

    /** @param objectId the object's id, or {@code null} while it is being created (nothing ticked, no values) */
    public LabelsField(String id, ObjectType type, Long objectId, FieldErrors errors) {
        super(id);
        LabelView current = objectId == null ? LabelView.NONE : services.labelling().view(type, objectId);
        current.tags().stream().map(TagChip::slug).forEach(tags.getObject()::add);
        List<TagSummary> all = services.tagFacade().tags(DcimSession.get().caller());
        Map<String, String> names = new LinkedHashMap<>();
        all.forEach(t -> names.put(t.slug(), t.name()));
        CheckBoxMultipleChoice<String> tagChoice = new CheckBoxMultipleChoice<>("tags", tags, new ArrayList<>(names.keySet()),
                new LambdaChoiceRenderer<>(slug -> names.getOrDefault(slug, slug), slug -> slug));
        errors.add(this, "tags", tagChoice);
        add(new WebMarkupContainer("noTags").setVisible(all.isEmpty()));

        RepeatingView fields = new RepeatingView("field");
        add(fields);
        for (var definition : services.customFieldFacade().fields(DcimSession.get().caller(), type)) {
            CustomFieldDetails field = definition.value();
            Model<String> value = Model.of(current.customFields().get(field.key()));
            values.put(field.key(), value);
            fields.add(fieldRow(fields.newChildId(), field, value, errors));
        }
    }

    private WebMarkupContainer fieldRow(String id, CustomFieldDetails field, Model<String> value, FieldErrors errors) {
        WebMarkupContainer row = new WebMarkupContainer(id);
        row.add(new Label("label", LabelsView.label(field, getLocale()) + (field.required() ? " *" : "")));
        boolean choice = field.kind() == FieldKind.CHOICE;
        TextField<String> text = new TextField<>("text", value);
        text.setVisible(!choice);
        if (field.kind() == FieldKind.DATE) {
            text.add(AttributeModifier.replace("type", "date"));
        } else if (field.kind() == FieldKind.NUMBER) {
            text.add(AttributeModifier.replace("inputmode", "decimal"));
        }
        DropDownChoice<String> pick = new DropDownChoice<>("choice", value, field.choices());
        pick.setNullValid(true).setVisible(choice);
        row.add(text, pick);
        FormComponent<String> shown = choice ? pick : text;
        row.add(new FeedbackPanel("feedback", new ComponentFeedbackMessageFilter(shown)));
        errors.alias("customFields." + field.key(), shown);
        return row;
    }

    /** What the form holds: the tags ticked and every custom field's value (blank clears it). */
    public Labels labels() {
        Map<String, String> typed = new LinkedHashMap<>();
        values.forEach((key, value) -> typed.put(key, value.getObject()));
        return new Labels(new LinkedHashSet<>(tags.getObject()), typed);
    }
}
