package io.dcim.console.layout;

import org.apache.wicket.MarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.panel.Fragment;
import org.apache.wicket.model.IModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * A list of definitions (tags, custom fields, webhook rules, remote collectors) above the form that adds one, or
 * edits the one chosen in the list ({@code ?id=}). The form is the edit pages' ({@link EditPage}: version-checked
 * save and delete, refusals beside their field, the {@code moreButtons} and {@code belowForm} slots); this adds its
 * title ({@code formTitle}) and the way back to adding one ({@code cancel}), and its markup
 * ({@code DefinitionsPage.html}) holds the form and its buttons. A subclass reads the one chosen, adds its fields (its
 * markup's {@code <wicket:extend>}) and its list (to {@link #list()}, from its markup's
 * {@code <wicket:fragment wicket:id="list">}), and says what its façade's create, edit and delete calls are; after a
 * create or a delete the reader is back on the list, after an edit on the one edited.
 */
public abstract class DefinitionsPage extends EditPage {

    private final Long chosenId;
    private final Fragment list = new Fragment("definitions", "list", this);

    protected DefinitionsPage(PageParameters parameters) {
        super(parameters);
        this.chosenId = UrlParams.longParam(parameters, "id");
        inForm(new Label("formTitle", IModel.of(this::formTitle)));
        inForm(new BookmarkablePageLink<>("cancel", getClass()).setVisible(chosenId != null));
        add(list);
    }

    /** Where the subclass adds its list, shown above the form. */
    protected final MarkupContainer list() {
        return list;
    }

    /** The one being edited, null while the form adds one. */
    protected final Long chosenId() {
        return chosenId;
    }

    @Override
    protected final boolean isNew() {
        return chosenId == null;
    }

    /** "New tag", or "Edit tag liquid". */
    protected abstract String formTitle();
}
