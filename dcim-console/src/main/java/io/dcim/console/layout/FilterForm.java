package io.dcim.console.layout;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.wicket.Page;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.StatelessForm;
import org.apache.wicket.markup.html.form.FormComponent;
import org.apache.wicket.markup.html.form.LambdaChoiceRenderer;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.danekja.java.util.function.serializable.SerializableFunction;

/**
 * A list's filters: submitting puts every chosen value into the list's URL (see {@link UrlParams}) and
 * opens it again, so a filtered list can be bookmarked, sent or exported. Each field is kept under its
 * own id; filters the page was opened with and does not offer (the device a cable list is for) are
 * carried over unchanged. Stateless: submitting builds the list again from its URL, so a list with filters is
 * not kept in the session after it is drawn.
 */
public class FilterForm extends StatelessForm<Void> {

    private final Class<? extends Page> list;
    private final Map<String, IModel<?>> byParameter = new LinkedHashMap<>();

    public FilterForm(String id, Class<? extends Page> list) {
        super(id);
        this.list = list;
    }

    /** A filter the reader sets, kept in the URL under the field's id. */
    public <C extends FormComponent<?>> C choose(C field) {
        add(field);
        return inUrl(field);
    }

    /** A filter field already added to this form by another hand (one with its refusals beside it, see {@link FieldErrors}). */
    public <C extends FormComponent<?>> C inUrl(C field) {
        byParameter.put(field.getId(), field.getModel());
        return field;
    }

    /** A filter field kept in the URL under a name that is not its id (one of several alike, {@code cf_<key>}). */
    public <C extends FormComponent<?>> C inUrl(String parameter, C field) {
        byParameter.put(parameter, field.getModel());
        return field;
    }

    /** A filter the page was opened with and passes on as it is. */
    public FilterForm keep(String parameter, Serializable value) {
        byParameter.put(parameter, Model.of(value));
        return this;
    }

    @Override
    protected void onSubmit() {
        PageParameters next = new PageParameters();
        byParameter.forEach((name, model) -> UrlParams.putIfSet(next, name, model.getObject()));
        setResponsePage(list, next);
    }

    /** A choice of one object by its id, named for people, or none (no filter). */
    public static <T> DropDownChoice<Long> idChoice(String id, IModel<Long> model, IModel<List<T>> items,
            SerializableFunction<T, Long> idOf, SerializableFunction<T, String> nameOf) {
        DropDownChoice<Long> choice = new DropDownChoice<>(id, model, items.map(l -> l.stream().map(idOf).toList()),
                new LambdaChoiceRenderer<>(value -> items.getObject().stream().filter(i -> Objects.equals(idOf.apply(i), value))
                        .map(nameOf).findFirst().orElse(String.valueOf(value)), option -> String.valueOf(option)));
        choice.setNullValid(true);
        return choice;
    }
}
