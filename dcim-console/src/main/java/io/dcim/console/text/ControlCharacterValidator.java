package io.dcim.console.text;

import io.dcim.common.text.Fields;
import org.apache.wicket.Component;
import org.apache.wicket.application.IComponentInitializationListener;
import org.apache.wicket.markup.html.form.AbstractTextComponent;
import org.apache.wicket.markup.html.form.TextArea;
import org.apache.wicket.validation.IValidatable;
import org.apache.wicket.validation.IValidator;
import org.apache.wicket.validation.ValidationError;

/**
 * The console's side of the control-character rule in {@link Fields}: every text field of
 * every form refuses control characters (a text area allows tab, CR and LF), with a message
 * beside the field, before the services see the value. {@link #INSTALLER} adds it to each text
 * component as it is created, so no form can forget it.
 */
public final class ControlCharacterValidator implements IValidator<Object> {

    /** Adds the validator to every text field and text area of the application. */
    public static final IComponentInitializationListener INSTALLER = ControlCharacterValidator::install;

    private final AbstractTextComponent<?> field;
    private final boolean multiLine;

    public ControlCharacterValidator(AbstractTextComponent<?> field) {
        this.field = field;
        this.multiLine = field instanceof TextArea;
    }

    private static void install(Component component) {
        if (component instanceof AbstractTextComponent<?> text) {
            text.add(new ControlCharacterValidator(text));
        }
    }

    /** The raw input: {@code getInput()} is trimmed already, dropping a control character at either end unseen. */
    @Override
    public void validate(IValidatable<Object> validatable) {
        String[] values = field.getInputAsArray();
        for (String value : values == null ? new String[0] : values) {
            int at = Fields.controlCharacterIndex(value, multiLine);
            if (at >= 0) {
                validatable.error(new ValidationError(this).setVariable("code", String.format("U+%04X",
                        (int) value.charAt(at))).setVariable("position", at + 1));
                return;
            }
        }
    }
}
