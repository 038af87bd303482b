package io.dcim.console.layout;

import java.util.Collection;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.ResourceModel;

/**
 * The sentence shown instead of a list while the list is empty ("nothing has arrived yet"), from the bundle's
 * {@code key}; asked again on each render, as the list is.
 */
public final class EmptyNote extends Label {

    private final IModel<? extends Collection<?>> list;

    public EmptyNote(String id, String key, IModel<? extends Collection<?>> list) {
        super(id, new ResourceModel(key));
        this.list = list;
    }

    @Override
    protected void onConfigure() {
        super.onConfigure();
        setVisible(list.getObject().isEmpty());
    }
}
