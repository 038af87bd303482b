package io.dcim.console.purchase;

import io.dcim.app.Services;
import io.dcim.console.layout.BasePage;
import io.dcim.console.layout.Crumb;
import io.dcim.console.layout.ListTable;
import io.dcim.console.layout.PagedDataProvider;
import io.dcim.console.layout.Times;
import io.dcim.procurement.asset.ExpiringCoverage;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.wicket.extensions.markup.html.repeater.data.grid.ICellPopulator;
import org.apache.wicket.extensions.markup.html.repeater.data.table.AbstractColumn;
import org.apache.wicket.extensions.markup.html.repeater.data.table.IColumn;
import org.apache.wicket.extensions.markup.html.repeater.data.table.LambdaColumn;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.repeater.Item;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.model.ResourceModel;
import org.apache.wicket.model.StringResourceModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * Warranties and support contracts that end in the next {@value #WITHIN_DAYS} days, soonest
 * first, so that renewals are decided before the cover lapses.
 */
public class ExpiringPage extends BasePage {

    @Inject
    private Services services;

    static final int WITHIN_DAYS = 90;
    static final int ROWS_PER_PAGE = 50;

    public ExpiringPage(PageParameters parameters) {
        super(parameters);
        add(new Label("within", WITHIN_DAYS));
        add(new Label("until", Times.date(LocalDate.now().plusDays(WITHIN_DAYS))));
        PagedDataProvider<ExpiringCoverage> rows = new PagedDataProvider<>(
                request -> services.procurement().assets().expiring(WITHIN_DAYS, request),
                ROWS_PER_PAGE, "ends");
        ListTable<ExpiringCoverage> table = new ListTable<>("expiring", columns(), rows, ROWS_PER_PAGE);
        add(table);
    }

    private List<IColumn<ExpiringCoverage, String>> columns() {
        List<IColumn<ExpiringCoverage, String>> columns = new ArrayList<>();
        columns.add(new AbstractColumn<>(new ResourceModel("col.assetTag"), "assetTag") {
            @Override
            public void populateItem(Item<ICellPopulator<ExpiringCoverage>> cell, String id, IModel<ExpiringCoverage> row) {
                cell.add(new AssetLink(id, row.getObject().assetId(), row.getObject().assetTag()));
            }
        });
        columns.add(new LambdaColumn<>(new ResourceModel("col.description"), ExpiringCoverage::description));
        columns.add(new LambdaColumn<>(new ResourceModel("col.warrantyEnds"), "warrantyEnd", c -> soon(c.warrantyEnd())));
        columns.add(new LambdaColumn<>(new ResourceModel("col.supportEnds"), "supportEnd", c -> soon(c.supportEnd())));
        columns.add(new LambdaColumn<>(new ResourceModel("col.supportFrom"), c -> c.supportSupplier() == null ? "—" : c.supportSupplier()));
        return columns;
    }

    /** The date, marked when it falls inside the window (the other cover of the same asset may end later). */
    private String soon(LocalDate end) {
        if (end == null) {
            return "—";
        }
        LocalDate today = LocalDate.now();
        return end.isBefore(today) || end.isAfter(today.plusDays(WITHIN_DAYS)) ? Times.date(end)
                : new StringResourceModel("inDays", this).setParameters(Times.date(end),
                java.time.temporal.ChronoUnit.DAYS.between(today, end)).getString();
    }

    @Override
    protected String title() {
        return getString("title");
    }

    @Override
    protected List<Crumb> crumbs() {
        return List.of(Crumb.to(getString("crumb.assets"), AssetListPage.class, new PageParameters()),
                Crumb.here(getString("crumb.expiring")));
    }
}
