package io.dcim.console.layout;

import org.apache.wicket.AttributeModifier;
import org.apache.wicket.markup.ComponentTag;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.panel.Panel;
import org.apache.wicket.model.IModel;

/**
 * A control that changes something (revoke, remove, disconnect…): a one-button form that posts, drawn as the link it
 * replaces, since the product changes nothing on a GET. The class written on its placeholder tag goes to the button
 * ({@code <span wicket:id="remove" class="button secondary">}), so each page keeps its look in its own markup; without
 * one the button looks like a plain link.
 *
 * <p>A stateful {@link Form}, not a stateless one: these controls sit in list rows, and a stateless form builds the page
 * again on submit, where a row's index could name another object than the one the user saw. Subclasses implement
 * {@link #onPost()} as they implemented {@code Link.onClick()}.
 */
public abstract class PostAction extends Panel {

    public PostAction(String id, IModel<String> label) {
        super(id);
        Form<Void> form = new PostForm("form");
        WebMarkupContainer button = new WebMarkupContainer("button");
        button.add(AttributeModifier.replace("class", this::buttonClass));
        button.add(new Label("label", label));
        form.add(button);
        add(form);
    }

    /** The change, run when the button is posted; never on a GET (see {@link PostForm}). */
    protected abstract void onPost();

    /** "button secondary" stays a button; anything else ("muted", none) is a link's look, with that class added. */
    private String buttonClass() {
        String look = getMarkupAttributes().getString("class", "").strip();
        return look.matches("(.*\\s)?button(\\s.*)?") ? look : ("link " + look).strip();
    }

    /** The placeholder's class is the button's: left on the wrapper too, it would also style a box around the form. */
    @Override
    protected void onComponentTag(ComponentTag tag) {
        super.onComponentTag(tag);
        tag.remove("class");
    }

    /** The form of every {@link PostAction}; named so that the request guard can tell it from other forms. */
    public final class PostForm extends Form<Void> {

        private PostForm(String id) {
            super(id);
        }

        @Override
        protected void onSubmit() {
            onPost();
        }

        /** Wicket's default (CONTINUE) would run a form addressed by a GET as if it had been posted. */
        @Override
        protected MethodMismatchResponse onMethodMismatch() {
            return MethodMismatchResponse.ABORT;
        }
    }
}
