package io.dcim.console.label;

import io.dcim.app.Services;
import io.dcim.console.auth.DcimSession;
import io.dcim.inventory.tag.TagSummary;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import org.apache.wicket.markup.html.form.CheckBoxMultipleChoice;
import org.apache.wicket.markup.html.form.LambdaChoiceRenderer;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;

/** Several tags ticked by slug, shown by name: what a bulk edit puts on or takes off. */
public class TagsChoice extends CheckBoxMultipleChoice<String> {

    @Inject
    private Services services;

    public TagsChoice(String id, IModel<Collection<String>> slugs) {
        super(id);
        setModel(slugs);
        IModel<List<TagSummary>> tags = LoadableDetachableModel.of(() -> services.tagFacade().tags(DcimSession.get().caller()));
        setChoices(tags.map(list -> list.stream().map(TagSummary::slug).toList()));
        setChoiceRenderer(new LambdaChoiceRenderer<>(s -> tags.getObject().stream().filter(t -> t.slug().equals(s))
                .map(TagSummary::name).findFirst().orElse(s), s -> s));
    }
}
