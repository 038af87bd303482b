package io.dcim.console.purchase;

import static io.dcim.console.layout.UrlParams.idOr;

import io.dcim.app.ProcurementServices;
import io.dcim.app.Services;
import io.dcim.common.error.Messages;
import io.dcim.console.layout.Found;
import io.dcim.console.power.EnumWords;
import io.dcim.console.layout.BasePage;
import io.dcim.console.layout.Crumb;
import io.dcim.console.layout.Format;
import io.dcim.console.layout.Times;
import io.dcim.procurement.asset.FixedAsset;
import io.dcim.procurement.depreciation.DepreciationSchedule;
import io.dcim.procurement.depreciation.Period;
import jakarta.inject.Inject;
import java.util.List;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.image.NonCachingImage;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.StringResourceModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.apache.wicket.request.resource.DynamicImageResource;

/** One fixed asset: its terms, its depreciation schedule month by month, and a chart of its book value. */
public class AssetPage extends BasePage {

    @Inject
    private Services services;

    private static final int CHART_WIDTH = 900;
    private static final int CHART_HEIGHT = 320;

    private final long assetId;
    private final IModel<FixedAsset> asset;

    public AssetPage(PageParameters parameters) {
        super(parameters);
        this.assetId = idOr(parameters, "id", AssetListPage.class);
        this.asset = Found.model(() -> procurement().assets().find(assetId));
        asset.getObject();
        IModel<DepreciationSchedule> schedule = LoadableDetachableModel.of(() -> procurement().assets().schedule(assetId));
        add(new Label("description", asset.map(FixedAsset::getDescription)));
        add(new Label("class", asset.map(a -> EnumWords.word("procurement", a.getAssetClass(), getLocale()))));
        add(new Label("cost", asset.map(a -> Format.cny(a.getCost()))));
        add(new Label("inService", asset.map(a -> Times.date(a.getInServiceDate()))));
        add(new Label("terms", asset.map(a -> new StringResourceModel("terms", this)
                .setParameters(Messages.text(a.getMethod().title(), getLocale()), a.getUsefulLifeMonths(),
                        a.getResidualRate().movePointRight(2).stripTrailingZeros().toPlainString()).getString())));
        add(new Label("residual", schedule.map(s -> Format.cny(s.residualValue()))));
        add(new Label("disposed", asset.map(a -> a.isDisposed() ? new StringResourceModel("disposedOn", this)
                .setParameters(Times.date(a.getDisposedOn())).getString() : getString("inUse"))));
        add(new NonCachingImage("chart", new DynamicImageResource("png") {
            @Override
            protected byte[] getImageData(Attributes attributes) {
                return BookValueChart.png(procurement().assets().find(assetId).getAssetTag(), getLocale(),
                        procurement().assets().schedule(assetId).periods(), CHART_WIDTH, CHART_HEIGHT);
            }
        }));
        add(new AssetLifePanel("life", assetId, asset));
        add(new ListView<>("periods", schedule.map(DepreciationSchedule::periods)) {
            @Override
            protected void populateItem(ListItem<Period> item) {
                Period p = item.getModelObject();
                item.add(new Label("month", Times.month(p.month())));
                item.add(new Label("depreciation", Format.cny(p.depreciation())));
                item.add(new Label("accumulated", Format.cny(p.accumulated())));
                item.add(new Label("nbv", Format.cny(p.netBookValue())));
            }
        });
    }

    private ProcurementServices procurement() {
        return services.procurement();
    }

    @Override
    protected String title() {
        return new StringResourceModel("title", this).setParameters(asset.getObject().getAssetTag()).getString();
    }

    @Override
    protected List<Crumb> crumbs() {
        return List.of(Crumb.to(getString("crumb.assets"), AssetListPage.class, new PageParameters()), Crumb.here(asset.getObject().getAssetTag()));
    }

    @Override
    protected void onDetach() {
        asset.detach();
        super.onDetach();
    }
}
