package io.dcim.console.layout;

import io.dcim.inventory.site.Site;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.LambdaChoiceRenderer;
import org.apache.wicket.model.IModel;

/**
 * A choice of site by its id, shown by its name. It keeps the ids and names, not the entities: the renderer is kept
 * with the page, which must serialize (a {@link Site} does not).
 */
public final class SiteDropDown {

    private SiteDropDown() {
    }

    public static DropDownChoice<Long> of(String id, IModel<Long> siteId, List<Site> sites) {
        LinkedHashMap<Long, String> names = new LinkedHashMap<>();
        sites.forEach(site -> names.put(site.getId(), site.getName()));
        return new DropDownChoice<>(id, siteId, new ArrayList<>(names.keySet()),
                new LambdaChoiceRenderer<>(choice -> names.getOrDefault(choice, String.valueOf(choice)),
                        choice -> String.valueOf(choice)));
    }
}
