package io.dcim.console.layout;

import java.io.Serializable;
import org.apache.wicket.Page;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/** Where a page sends the reader once it is done: an edit page after a create, a list after a delete. */
public record Destination(Class<? extends Page> page, PageParameters parameters) implements Serializable {

    public static Destination to(Class<? extends Page> page) {
        return new Destination(page, new PageParameters());
    }

    /** The page of one object, by its {@code ?id=}. */
    public static Destination to(Class<? extends Page> page, long id) {
        return new Destination(page, new PageParameters().set("id", id));
    }
}
