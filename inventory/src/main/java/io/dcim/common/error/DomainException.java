package io.dcim.common.error;

import java.util.Locale;

/**
 * A rule of the domain refused the request. It names the field at fault (the API's field path)
 * and says why as a {@link Message}: the API and the log read it in English with the field's code
 * name in front ({@code "positionU: U4–U4 … is occupied"}); pages read {@link #reason(Locale)} in
 * the viewer's language beside the field itself.
 */
public abstract class DomainException extends RuntimeException {

    private final String field;
    private final Message why;
    private final boolean prefixed;

    /** A message that names no code name of a field: people read it as it is. */
    protected DomainException(String field, String message) {
        this(field, message, message);
    }

    /**
     * @param message the full text the API returns and the log keeps
     * @param reason  the sentence people read beside the field (no code names)
     */
    protected DomainException(String field, String message, String reason) {
        super(message);
        this.field = field;
        this.why = Message.literal(reason);
        this.prefixed = false;
    }

    /** A refusal by key: the API and log text is {@code field: <English sentence>} when a field is named. */
    protected DomainException(String field, Message why, boolean prefixField) {
        super(prefixField && field != null ? field + ": " + why : why.toString());
        this.field = field;
        this.why = why;
        this.prefixed = prefixField && field != null;
    }

    /** The input field at fault, or {@code null} when the request as a whole is refused. */
    public String field() {
        return field;
    }

    /** Why, in English, without the field's code name in front. */
    public String reason() {
        return why.toString();
    }

    /** Why, in {@code locale}, without the field's code name in front. */
    public String reason(Locale locale) {
        return Messages.text(why, locale);
    }

    /** {@link #getMessage()} in {@code locale}: the same shape ({@code field: } in front where it names one). */
    public String message(Locale locale) {
        if (why.key() == null || locale == null || Locale.ROOT.equals(locale)) {
            return getMessage();
        }
        String reason = reason(locale);
        return prefixed ? field + ": " + reason : reason;
    }

    public Message why() {
        return why;
    }
}
