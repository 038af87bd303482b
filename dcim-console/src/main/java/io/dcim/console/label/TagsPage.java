package io.dcim.console.label;

import io.dcim.app.Services;
import io.dcim.common.edit.Versioned;
import io.dcim.console.auth.DcimSession;
import io.dcim.console.layout.DefinitionsPage;
import io.dcim.console.layout.Destination;
import io.dcim.console.layout.Format;
import io.dcim.console.layout.Texts;
import io.dcim.inventory.tag.TagChip;
import io.dcim.inventory.tag.TagDetails;
import io.dcim.inventory.tag.TagSummary;
import jakarta.inject.Inject;
import java.util.List;
import org.apache.wicket.AttributeModifier;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * The installation's tags ({@code /tags}, {@code ?id=} to edit one): each as its chip with its slug and how many
 * objects carry it, and the form that adds or edits one. For those who hold {@code tag.manage}.
 */
@AuthorizeInstantiation("tag.manage")
public class TagsPage extends DefinitionsPage {

    @Inject
    private Services services;

    private final Model<String> name = Model.of();
    private final Model<String> slug = Model.of();
    private final Model<String> colour = Model.of("#9e9e9e");
    private final Model<String> description = Model.of();

    public TagsPage(PageParameters parameters) {
        super(parameters);
        if (chosenId() != null) {
            Versioned<TagDetails> read = found(() -> services.tagFacade().tag(DcimSession.get().caller(), chosenId()));
            versionRead(read.version());
            name.setObject(read.value().name());
            slug.setObject(read.value().slug());
            colour.setObject(read.value().colour());
            description.setObject(read.value().description());
        }
        list().add(new ListView<>("tag", LoadableDetachableModel.of(() -> services.tagFacade().tags(DcimSession.get().caller()))) {
            @Override
            protected void populateItem(ListItem<TagSummary> item) {
                TagSummary t = item.getModelObject();
                BookmarkablePageLink<Void> edit = new BookmarkablePageLink<>("edit", TagsPage.class,
                        new PageParameters().set("id", t.id()));
                edit.add(new TagChips("chip", Model.ofList(List.of(new TagChip(t.id(), t.name(), t.slug(), t.colour())))));
                item.add(edit);
                item.add(new Label("slug", t.slug()));
                item.add(new Label("description", t.description() == null ? "" : t.description()));
                item.add(new Label("uses", Format.count(t.uses())));
            }
        });
        field("name", new TextField<>("name", name));
        field("slug", new TextField<>("slug", slug));
        field("colour", new TextField<>("colour", colour)).add(AttributeModifier.replace("type", "color"));
        field("description", new TextField<>("description", description));
    }

    private TagDetails details() {
        return new TagDetails(name.getObject(), slug.getObject(), colour.getObject(), description.getObject());
    }

    @Override
    protected Destination create() {
        services.tagFacade().create(DcimSession.get().caller(), details());
        return Destination.to(TagsPage.class);
    }

    @Override
    protected int edit(int versionRead) {
        return services.tagFacade().edit(DcimSession.get().caller(), chosenId(), versionRead, details()).getVersion();
    }

    @Override
    protected Destination delete(int versionRead) {
        services.tagFacade().delete(DcimSession.get().caller(), chosenId(), versionRead);
        return Destination.to(TagsPage.class);
    }

    @Override
    protected String formTitle() {
        return chosenId() == null ? getString("newTag") : Texts.of(this, "editTag", "tag", String.valueOf(name.getObject()));
    }

    @Override
    protected String title() {
        return getString("title");
    }
}
