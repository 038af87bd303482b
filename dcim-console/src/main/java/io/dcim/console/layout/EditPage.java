package io.dcim.console.layout;

import io.dcim.common.error.DomainException;
import java.util.function.Supplier;
import org.apache.wicket.Component;
import org.apache.wicket.MarkupContainer;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.form.Button;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.FormComponent;
import org.apache.wicket.markup.html.panel.Fragment;
import org.apache.wicket.request.http.flow.AbortWithHttpErrorCodeException;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * A page that registers or edits one object through its façade: the form ({@code form}) with its
 * messages at the top ({@code formFeedback}), a save and a version-checked delete button ({@code save},
 * {@code delete}). The page keeps the version it read, so a change someone saved meanwhile is refused
 * (and said at the top), not overwritten; a refusal naming a field is shown beside that field.
 * Subclasses read their object, add their fields with {@link #field} and say which façade calls save
 * and delete make and where the reader goes then; their markup places the components, their bundle holds
 * {@code saved} and {@code deleted}. Two markups do so for every edit page: {@link FormEditPage}'s (a page that is
 * only its form) and {@link DefinitionsPage}'s (a list above the form). Both hold two slots the subclass fills from a
 * fragment of its own markup: {@code <wicket:fragment wicket:id="moreButtons">} for buttons of its own between save
 * and delete (a BMC's poll now, a collector's new token), {@code <wicket:fragment wicket:id="belowForm">} for what
 * follows the form (a site's rooms, a device's clone form). A fragment's markup stands among the fields, the only
 * place a subclass writes, but is rendered in its place.
 */
public abstract class EditPage extends BasePage {

    private final Form<Void> form = new Form<>("form");
    private final FieldErrors fields = new FieldErrors(form);
    private int version;

    protected EditPage(PageParameters parameters) {
        super(parameters);
        add(form);
        form.add(EditFeedback.panel("formFeedback", this, form));
        form.add(new Button("save") {
            @Override
            public void onSubmit() {
                submitSave();
            }
        });
        form.add(new Button("delete") {
            @Override
            public void onSubmit() {
                submitDelete();
            }

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(!isNew());
            }
        }.setDefaultFormProcessing(false));
        form.add(new WebMarkupContainer("buttons").setVisible(false));
        add(new WebMarkupContainer("below").setVisible(false));
    }

    /** Whether the page registers a new object rather than editing one it read (nothing to delete yet). */
    protected abstract boolean isNew();

    /** Registers the object from the form; where the reader goes then (its own edit page, or the list). */
    protected Destination create() {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " only edits");
    }

    /**
     * Registers the object ({@link #create}), says it is saved and sends the reader on by the destination's URL.
     * A page whose answer to the create must show something once, never stored with a page (a collector's token),
     * overrides this to answer with a page instance of its own.
     */
    protected void createThenLeave() {
        Destination created = create();
        getSession().success(getString("saved"));
        setResponsePage(created.page(), created.parameters());
    }

    /** Saves the form over the version read; returns the version the object has now. */
    protected abstract int edit(int versionRead);

    /** Deletes the object as read; where the reader goes then. */
    protected abstract Destination delete(int versionRead);

    /** Adds a field to the form, with its feedback ({@code <id>Feedback}), by the name refusals give it. */
    protected final <C extends FormComponent<?>> C field(String domainName, C component) {
        return fields.add(form, domainName, component);
    }

    /** Adds a component that is not one field, such as a panel of fields (tags and custom fields), to the form. */
    protected final <C extends Component> C inForm(C component) {
        form.add(component);
        return component;
    }

    /** Where the page adds the buttons of its {@code moreButtons} fragment: in the form, after save. */
    protected final MarkupContainer moreButtons() {
        return fragment(form, "buttons", "moreButtons");
    }

    /** Where the page adds the components of its {@code belowForm} fragment: after the form, outside it. */
    protected final MarkupContainer belowForm() {
        return fragment(this, "below", "belowForm");
    }

    /** The fragment filling {@code place} (nothing is shown there until a subclass asks for it). */
    private Fragment fragment(MarkupContainer parent, String place, String fragmentId) {
        Component current = parent.get(place);
        if (current instanceof Fragment fragment) {
            return fragment;
        }
        Fragment fragment = new Fragment(place, fragmentId, this);
        parent.replace(fragment);
        return fragment;
    }

    /** Where refusals go beside the field they name, for a panel that adds fields of its own. */
    protected final FieldErrors fieldErrors() {
        return fields;
    }

    /** The version the form is filled from, named by the next edit or delete. */
    protected final void versionRead(int read) {
        this.version = read;
    }

    /** The version the next edit or delete names, for a button of the page's own that changes the object too. */
    protected final int versionRead() {
        return version;
    }

    /** The object the page edits, read by {@code read}; an object that is not there answers 404. */
    protected static <T> T found(Supplier<T> read) {
        return Found.or404(read);
    }

    /** The {@code ?id=} of a page that only edits; without one there is nothing to show (404). */
    protected static long requiredId(PageParameters parameters) {
        Long id = UrlParams.longParam(parameters, "id");
        if (id == null) {
            throw new AbortWithHttpErrorCodeException(404);
        }
        return id;
    }

    private void submitSave() {
        try {
            if (isNew()) {
                createThenLeave();
            } else {
                version = edit(version);
                success(getString("saved"));
            }
        } catch (DomainException e) {
            fields.report(e);
        }
    }

    private void submitDelete() {
        try {
            Destination after = delete(version);
            getSession().success(getString("deleted"));
            setResponsePage(after.page(), after.parameters());
        } catch (DomainException e) {
            fields.report(e);
        }
    }
}
