package io.dcim.console.layout;

import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * An {@link EditPage} that is its form and nothing more: its markup ({@code FormEditPage.html}) holds the form, the
 * messages at its top and the save and delete buttons, and the subclass's markup only its fields (inside
 * {@code <wicket:extend>}). A page that shows more below its form (a site's rooms, a device's clone form) extends
 * {@link EditPage} and writes the whole form itself.
 */
public abstract class FormEditPage extends EditPage {

    protected FormEditPage(PageParameters parameters) {
        super(parameters);
    }
}
