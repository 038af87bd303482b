package io.dcim.console.home;

import io.dcim.app.Services;
import io.dcim.console.layout.BasePage;
import io.dcim.console.layout.Format;
import io.dcim.console.layout.Texts;
import io.dcim.inventory.site.SiteTotals;
import jakarta.inject.Inject;
import java.util.List;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/** Every site at a glance: space, power against contract, servers and GPUs. */
public class HomePage extends BasePage {

    @Inject
    private Services services;

    public HomePage(PageParameters parameters) {
        super(parameters);
        IModel<List<SiteTotals>> totals = LoadableDetachableModel.of(
                () -> services.siteTotals().all());
        add(new ListView<>("sites", totals) {
            @Override
            protected void populateItem(ListItem<SiteTotals> item) {
                item.add(new SiteTotalsPanel("totals", item.getModel()));
            }
        });
        add(new WebMarkupContainer("none") {
            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(totals.getObject().isEmpty());
            }
        });
        add(new Label("count", totals.map(sites -> Texts.of(this, "count", "count", Format.count(sites.size())))));
    }

    @Override
    protected String title() {
        return getString("title");
    }
}
