package io.dcim.console.label;

import io.dcim.app.Services;
import io.dcim.console.auth.DcimSession;
import io.dcim.inventory.tag.TagSummary;
import jakarta.inject.Inject;
import java.util.List;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.LambdaChoiceRenderer;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;

/** A list filter's tag: one tag by slug, shown by name, or any ({@code null}). */
public class TagChoice extends DropDownChoice<String> {

    @Inject
    private Services services;

    public TagChoice(String id, IModel<String> slug) {
        super(id);
        setModel(slug);
        IModel<List<TagSummary>> tags = LoadableDetachableModel.of(() -> services.tagFacade().tags(DcimSession.get().caller()));
        setChoices(tags.map(list -> list.stream().map(TagSummary::slug).toList()));
        setChoiceRenderer(new LambdaChoiceRenderer<>(s -> tags.getObject().stream().filter(t -> t.slug().equals(s))
                .map(TagSummary::name).findFirst().orElse(s), s -> s));
        setNullValid(true);
    }

    /** The {@code tag} parameters of a list's URL: the objects listed carry all of them. */
    public static String[] slugsOf(org.apache.wicket.request.mapper.parameter.PageParameters parameters) {
        return parameters.getValues("tag").stream().map(v -> v.toString("")).filter(v -> !v.isBlank())
                .toArray(String[]::new);
    }
}
