package io.dcim.console.transfer;

import org.apache.wicket.markup.html.link.ResourceLink;
import org.apache.wicket.markup.html.panel.Panel;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/** "Export CSV · XLSX" for a list, carrying the list's current filters. */
public final class ExportLinks extends Panel {

    public ExportLinks(String id, String list, PageParameters filters) {
        super(id);
        add(link("csv", list, filters));
        add(link("xlsx", list, filters));
    }

    private static ResourceLink<Void> link(String format, String list, PageParameters filters) {
        PageParameters parameters = new PageParameters(filters);
        parameters.set("list", list);
        parameters.set("format", format);
        return new ResourceLink<>(format, ExportResource.REFERENCE, parameters);
    }
}
