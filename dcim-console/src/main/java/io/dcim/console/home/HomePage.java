package io.dcim.console.home;

import io.dcim.app.Services;
import io.dcim.common.error.DomainException;
import io.dcim.console.auth.DcimSession;
import io.dcim.console.label.LabelsView;
import io.dcim.console.label.TagChoice;
import io.dcim.console.layout.BasePage;
import io.dcim.console.layout.FieldErrors;
import io.dcim.console.layout.FilterForm;
import io.dcim.console.layout.Format;
import io.dcim.console.layout.Texts;
import io.dcim.console.layout.UrlParams;
import io.dcim.inventory.field.CustomFieldDetails;
import io.dcim.inventory.field.FieldKind;
import io.dcim.inventory.label.LabelFilter;
import io.dcim.inventory.site.SiteTotals;
import io.dcim.inventory.tag.ObjectType;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.FormComponent;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.markup.html.panel.FeedbackPanel;
import org.apache.wicket.markup.repeater.RepeatingView;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * Every site at a glance: space, power against contract, servers and GPUs; filtered by a tag and by the sites'
 * custom field values ({@code ?tag=liquid&cf_contract_no=IDC-17}, as the other lists filter), for an
 * installation with many sites.
 */
public class HomePage extends BasePage {

    /** The URL parameter of a custom field's filter, as the lists and the API name it. */
    private static final String FIELD_PARAMETER = "cf_";

    @Inject
    private Services services;

    private final IModel<List<SiteTotals>> totals;

    public HomePage(PageParameters parameters) {
        super(parameters);
        LabelFilter filter = filterOf(parameters);
        add(new FeedbackPanel("feedback"));
        add(filterForm(filter));
        totals = LoadableDetachableModel.of(() -> read(filter));
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
                setVisible(totals.getObject().isEmpty() && filter.isEmpty());
            }
        });
        add(new WebMarkupContainer("noMatch") {
            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(totals.getObject().isEmpty() && !filter.isEmpty());
            }
        });
        add(new Label("count", totals.map(sites -> Texts.of(this, "count", "count", Format.count(sites.size())))));
    }

    @Override
    protected void onConfigure() {
        super.onConfigure();
        // read before the feedback panel draws, so a refused filter is said on this render
        totals.getObject();
    }

    /** The sites the filter keeps; none, with the refusal said, for a tag, field or value that does not exist. */
    private List<SiteTotals> read(LabelFilter filter) {
        try {
            return services.siteTotals().matching(filter);
        } catch (DomainException e) {
            FieldErrors.report(this, e);
            return List.of();
        }
    }

    /** {@code tag} (repeatable) and {@code cf_<key>} parameters, blank ones ignored. */
    static LabelFilter filterOf(PageParameters parameters) {
        Map<String, String> values = new LinkedHashMap<>();
        parameters.getNamedKeys().stream().filter(name -> name.startsWith(FIELD_PARAMETER)).forEach(name -> {
            String value = UrlParams.text(parameters, name);
            if (value != null) {
                values.put(name.substring(FIELD_PARAMETER.length()), value);
            }
        });
        return new LabelFilter(List.of(TagChoice.slugsOf(parameters)), values);
    }

    private FilterForm filterForm(LabelFilter filter) {
        FilterForm form = new FilterForm("filter", HomePage.class);
        form.choose(new TagChoice("tag", Model.of(filter.tags().isEmpty() ? null : filter.tags().get(0))));
        RepeatingView fields = new RepeatingView("field");
        form.add(fields);
        for (var definition : services.customFieldFacade().fields(DcimSession.get().caller(), ObjectType.SITE)) {
            CustomFieldDetails field = definition.value();
            WebMarkupContainer row = new WebMarkupContainer(fields.newChildId());
            fields.add(row);
            row.add(new Label("label", LabelsView.label(field, getLocale())));
            Model<String> value = Model.of(filter.customFields().get(field.key()));
            boolean choice = field.kind() == FieldKind.CHOICE;
            FormComponent<String> text = new TextField<>("text", value);
            DropDownChoice<String> pick = new DropDownChoice<>("choice", value, field.choices());
            pick.setNullValid(true);
            row.add(text.setVisible(!choice), pick.setVisible(choice));
            form.inUrl(FIELD_PARAMETER + field.key(), choice ? pick : text);
        }
        form.setVisible(fields.size() > 0 || !services.tagFacade().tags(DcimSession.get().caller()).isEmpty());
        return form;
    }

    @Override
    protected String title() {
        return getString("title");
    }
}
