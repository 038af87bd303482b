package io.dcim.console.layout;

import java.io.Serializable;
import org.apache.wicket.Page;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/** One step of the breadcrumb trail (site › room › row › cabinet); the last one has no link. */
public record Crumb(String label, Class<? extends Page> page, PageParameters parameters) implements Serializable {

    public static Crumb to(String label, Class<? extends Page> page, PageParameters parameters) {
        return new Crumb(label, page, parameters);
    }

    public static Crumb here(String label) {
        return new Crumb(label, null, null);
    }
}
