package io.dcim.web.capacity;

import io.dcim.forecasting.demand.DemandView;
import io.dcim.inventory.site.Site;
import io.dcim.web.DcimWicketApplication;
import java.util.Arrays;
import java.util.List;
import org.apache.wicket.Page;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.NumberTextField;
import org.apache.wicket.markup.html.form.EnumChoiceRenderer;
import org.apache.wicket.markup.html.panel.Panel;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.markup.html.form.LambdaChoiceRenderer;

/** Site, headroom and pipeline view of a plan; choosing reloads the page with them in the URL. */
final class PlanChooser extends Panel {

    PlanChooser(String id, PlanChoice choice, Class<? extends Page> target) {
        super(id);
        Model<Long> site = Model.of(choice.siteId());
        Model<Integer> headroom = Model.of((int) Math.round(choice.headroom() * 100));
        Model<DemandView> pipeline = Model.of(choice.pipeline());
        Form<Void> form = new Form<>("form") {
            @Override
            protected void onSubmit() {
                setResponsePage(target, new PlanChoice(site.getObject(), choice.resource(), headroom.getObject() / 100.0,
                        pipeline.getObject()).parameters());
            }
        };
        add(form);
        IModel<List<Site>> sites = LoadableDetachableModel.of(() -> DcimWicketApplication.get().services().sites().sites());
        form.add(new DropDownChoice<>("site", site, sites.map(l -> l.stream().map(Site::getId).toList()),
                new LambdaChoiceRenderer<>(siteId -> sites.getObject().stream().filter(s -> s.getId().equals(siteId))
                        .map(Site::getName).findFirst().orElse(""), String::valueOf)).setRequired(true));
        form.add(new NumberTextField<>("headroom", headroom, Integer.class).setMinimum(0).setMaximum(89).setRequired(true));
        form.add(new DropDownChoice<>("pipeline", pipeline, Arrays.asList(DemandView.values()),
                new EnumChoiceRenderer<>(this)).setRequired(true));
    }
}
