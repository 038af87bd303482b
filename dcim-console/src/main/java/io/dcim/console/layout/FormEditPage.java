package io.dcim.console.layout;

import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * An {@link EditPage} whose markup ({@code FormEditPage.html}) holds the form, the messages at its top, the save
 * and delete buttons and the two slots ({@code buttons} after save, {@code below} after the form, filled from the
 * subclass's {@code moreButtons} and {@code belowForm} fragments: see {@link EditPage}), so that every edit form is
 * written once. The subclass's markup holds its fields (inside {@code <wicket:extend>}) and those fragments.
 */
public abstract class FormEditPage extends EditPage {

    protected FormEditPage(PageParameters parameters) {
        super(parameters);
    }
}
