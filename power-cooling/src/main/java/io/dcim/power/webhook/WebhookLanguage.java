package io.dcim.power.webhook;

import java.util.Locale;

/** The language a rule's robot messages are written in (the bundles' two). */
public enum WebhookLanguage {
    ZH_CN(Locale.SIMPLIFIED_CHINESE),
    EN(Locale.ENGLISH);

    private final Locale locale;

    WebhookLanguage(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }
}
