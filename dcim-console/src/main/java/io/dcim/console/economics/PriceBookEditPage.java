package io.dcim.console.economics;

import io.dcim.app.Services;
import io.dcim.common.access.Caller;
import io.dcim.common.error.Message;
import io.dcim.common.error.NotFoundException;
import io.dcim.console.auth.DcimSession;
import io.dcim.console.layout.Crumb;
import io.dcim.console.layout.Destination;
import io.dcim.console.layout.FormEditPage;
import io.dcim.console.layout.FilterForm;
import io.dcim.console.layout.IsoDateField;
import io.dcim.console.layout.UrlParams;
import io.dcim.console.power.EnumWords;
import io.dcim.forecasting.economics.PriceEntry;
import io.dcim.forecasting.economics.PricingFacade;
import io.dcim.forecasting.history.GpuClass;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.LambdaChoiceRenderer;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * An entry of the price book added or edited ({@code ?id=} to edit) through the pricing façade: a list price, a
 * tenant contract, a prepaid package or a tariff. What they do alike lives here: reading the entry, its days
 * ({@code validFrom}, {@code validTo}), saving, deleting, going back to the prices, the title and the crumbs. A page
 * says only its own fields (markup inside this page's form) and which façade calls it makes ({@link Calls}).
 *
 * @param <T> the entry
 * @param <I> what the façade takes to create or edit one
 */
abstract class PriceBookEditPage<T extends PriceEntry, I> extends FormEditPage {

    @Inject
    private Services services;

    private final Calls<T, I> calls;
    private final Long id;
    private final Model<LocalDate> from = Model.of();
    private final Model<LocalDate> to = Model.of();

    PriceBookEditPage(PageParameters parameters, Calls<T, I> calls) {
        super(parameters);
        this.calls = calls;
        this.id = UrlParams.longParam(parameters, "id");
        field("validFrom", new IsoDateField("validFrom", from));
        field("validTo", new IsoDateField("validTo", to));
    }

    /** The entry as people enter it, from the page's fields and the days given. */
    protected abstract I input(LocalDate validFrom, LocalDate validTo);

    /** The entry the page edits, with its version and days taken into the form; empty on a page that adds one. */
    protected final Optional<T> read() {
        if (id == null) {
            return Optional.empty();
        }
        T read = found(() -> calls.list().list(pricing(), caller()).stream().filter(e -> e.getId().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException(calls.noun(), id)));
        versionRead(read.getVersion());
        from.setObject(read.getValidity().getValidFrom());
        to.setObject(read.getValidity().getValidTo());
        return Optional.of(read);
    }

    /** A tenant picked by name, for the field {@code tenantId}. */
    protected final void tenantField(IModel<Long> tenant) {
        field("tenantId", FilterForm.idChoice("tenantId", tenant, LoadableDetachableModel.of(() -> services.tenants().tenants()),
                t -> t.getId(), t -> t.getName()).setNullValid(false));
    }

    /** A site picked by name, for the field {@code siteId}. */
    protected final void siteField(IModel<Long> site) {
        field("siteId", FilterForm.idChoice("siteId", site, LoadableDetachableModel.of(() -> services.sites().sites()),
                s -> s.getId(), s -> s.getName()).setNullValid(false));
    }

    /** A GPU class, for the field {@code gpuClass}. */
    protected final void gpuClassField(IModel<GpuClass> gpuClass) {
        field("gpuClass", new DropDownChoice<>("gpuClass", gpuClass, Arrays.asList(GpuClass.values()),
                new LambdaChoiceRenderer<>(c -> EnumWords.word("forecasting", c, getLocale()), choice -> choice.name())));
    }

    @Override
    protected final boolean isNew() {
        return id == null;
    }

    @Override
    protected final Destination create() {
        calls.create().create(pricing(), caller(), input());
        return Destination.to(PricesPage.class);
    }

    @Override
    protected final int edit(int versionRead) {
        return calls.edit().edit(pricing(), caller(), id, versionRead, input()).getVersion();
    }

    @Override
    protected final Destination delete(int versionRead) {
        calls.delete().delete(pricing(), caller(), id, versionRead);
        return Destination.to(PricesPage.class);
    }

    @Override
    protected final String title() {
        return getString(id == null ? "title.new" : "title.edit");
    }

    @Override
    protected final List<Crumb> crumbs() {
        return List.of(Crumb.to(getString("crumb.prices"), PricesPage.class, new PageParameters()), Crumb.here(title()));
    }

    private I input() {
        return input(from.getObject(), to.getObject());
    }

    private PricingFacade pricing() {
        return services.economics().pricingFacade();
    }

    private static Caller caller() {
        return DcimSession.get().caller();
    }

    /**
     * The pricing façade's calls for one kind of entry, as method references ({@code PricingFacade::createPrice}),
     * and what the entry is called when the {@code ?id=} names none. Serializable, as the page that keeps them is.
     */
    record Calls<T extends PriceEntry, I>(Message noun, Lister<T> list, Creator<T, I> create, Editor<T, I> edit,
                                          Deleter delete) implements Serializable {
    }

    interface Lister<T> extends Serializable {
        List<T> list(PricingFacade pricing, Caller caller);
    }

    interface Creator<T, I> extends Serializable {
        T create(PricingFacade pricing, Caller caller, I input);
    }

    interface Editor<T, I> extends Serializable {
        T edit(PricingFacade pricing, Caller caller, long id, int version, I input);
    }

    interface Deleter extends Serializable {
        void delete(PricingFacade pricing, Caller caller, long id, int version);
    }
}
