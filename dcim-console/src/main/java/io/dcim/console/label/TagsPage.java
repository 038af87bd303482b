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
import io.dcim.inventory.tag.TagChip;
import io.dcim.inventory.tag.TagDetails;
import io.dcim.inventory.tag.TagSummary;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.apache.wicket.AttributeModifier;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.Button;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.http.flow.AbortWithHttpErrorCodeException;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * The installation's tags ({@code /tags}, {@code ?id=} to edit one): each as its chip with its slug and how many
 * objects carry it, and the form that adds or edits one. For those who hold {@code tag.manage}.
 */
@AuthorizeInstantiation("tag.manage")
public class TagsPage extends BasePage {

    @Inject
    private Services services;

    private final Long tagId;
    private int version;
    private final Model<String> name = Model.of();
    private final Model<String> slug = Model.of();
    private final Model<String> colour = Model.of("#9e9e9e");
    private final Model<String> description = Model.of();

    public TagsPage(PageParameters parameters) {
        super(parameters);
        this.tagId = longParam(parameters, "id");
        if (tagId != null) {
            fill();
        }
        add(new ListView<>("tag", LoadableDetachableModel.of(() -> services.tagFacade().tags(DcimSession.get().caller()))) {
            @Override
            protected void populateItem(ListItem<TagSummary> item) {
                TagSummary t = item.getModelObject();
                BookmarkablePageLink<Void> edit = new BookmarkablePageLink<>("edit", TagsPage.class,
                        new PageParameters().set("id", t.id()));
                edit.add(new TagChips("chip", Model.ofList(List.of(new TagChip(t.id(), t.name(), t.slug(), t.colour())))));
                item.add(edit);
                item.add(new Label("slug", t.slug()));
                item.add(new Label("description", t.description() == null ? "" : t.description()));
                item.add(new Label("uses", io.dcim.console.layout.Format.count(t.uses())));
            }
        });
        Form<Void> form = new Form<>("form");
        add(form);
        form.add(new Label("formTitle", tagId == null ? getString("newTag")
                : getString("editTag", Model.ofMap(Map.of("tag", String.valueOf(name.getObject()))))));
        FieldErrors fields = new FieldErrors(form);
        form.add(EditFeedback.panel("formFeedback", this, form));
        fields.add(form, "name", new TextField<>("name", name));
        fields.add(form, "slug", new TextField<>("slug", slug));
        fields.add(form, "colour", new TextField<>("colour", colour)).add(AttributeModifier.replace("type", "color"));
        fields.add(form, "description", new TextField<>("description", description));
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
                    services.tagFacade().delete(DcimSession.get().caller(), tagId, version);
                    getSession().success(getString("deleted"));
                    setResponsePage(TagsPage.class);
                } catch (DomainException e) {
                    fields.report(e);
                }
            }
        }.setDefaultFormProcessing(false).setVisible(tagId != null));
        form.add(new BookmarkablePageLink<>("cancel", TagsPage.class).setVisible(tagId != null));
    }

    private void fill() {
        Versioned<TagDetails> read;
        try {
            read = services.tagFacade().tag(DcimSession.get().caller(), tagId);
        } catch (NotFoundException e) {
            throw new AbortWithHttpErrorCodeException(404, e.getMessage());
        }
        version = read.version();
        name.setObject(read.value().name());
        slug.setObject(read.value().slug());
        colour.setObject(read.value().colour());
        description.setObject(read.value().description());
    }

    private void save(FieldErrors fields) {
        TagDetails details = new TagDetails(name.getObject(), slug.getObject(), colour.getObject(), description.getObject());
        try {
            if (tagId == null) {
                services.tagFacade().create(DcimSession.get().caller(), details);
            } else {
                services.tagFacade().edit(DcimSession.get().caller(), tagId, version, details);
            }
            getSession().success(getString("saved"));
            setResponsePage(TagsPage.class);
        } catch (DomainException e) {
            fields.report(e);
        }
    }

    @Override
    protected String title() {
        return getString("title");
    }
}
