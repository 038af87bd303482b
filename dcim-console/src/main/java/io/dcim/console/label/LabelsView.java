package io.dcim.console.label;

import io.dcim.app.Services;
import io.dcim.console.auth.DcimSession;
import io.dcim.inventory.field.CustomFieldDetails;
import io.dcim.inventory.label.LabelView;
import io.dcim.inventory.tag.ObjectType;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.markup.html.panel.Panel;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;

/**
 * An object's tags as chips and its custom field values under their labels in the reader's language, for the
 * site, cabinet, device and GPU pages. Hidden when the object has neither.
 */
public class LabelsView extends Panel {

    /** One custom field's line: its label and the object's value. */
    record Line(String label, String value) implements Serializable {
    }

    @Inject
    private Services services;

    public LabelsView(String id, ObjectType type, long objectId) {
        super(id);
        IModel<LabelView> labels = LoadableDetachableModel.of(() -> services.labelling().view(type, objectId));
        IModel<List<Line>> lines = LoadableDetachableModel.of(() -> {
            Locale locale = getLocale();
            return services.customFieldFacade().fields(DcimSession.get().caller(), type).stream()
                    .map(v -> v.value())
                    .filter(f -> labels.getObject().customFields().containsKey(f.key()))
                    .map(f -> new Line(label(f, locale), labels.getObject().customFields().get(f.key()))).toList();
        });
        add(new TagChips("tags", labels.map(LabelView::tags)));
        add(new ListView<>("field", lines) {
            @Override
            protected void populateItem(ListItem<Line> item) {
                item.add(new Label("label", item.getModelObject().label()));
                item.add(new Label("value", item.getModelObject().value()));
            }
        });
        add(new org.apache.wicket.behavior.Behavior() {
            @Override
            public void onConfigure(org.apache.wicket.Component component) {
                LabelView view = labels.getObject();
                component.setVisible(!view.tags().isEmpty() || !view.customFields().isEmpty());
            }
        });
    }

    /** The field's label in the reader's language. */
    public static String label(CustomFieldDetails field, Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? field.labelZh() : field.labelEn();
    }
}
