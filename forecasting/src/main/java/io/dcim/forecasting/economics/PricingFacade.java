package io.dcim.forecasting.economics;

import static io.dcim.common.access.Permission.PRICING_MANAGE;
import static io.dcim.common.access.Permission.READ;

import io.dcim.common.access.Caller;
import io.dcim.common.access.UseCase;
import java.util.List;

/**
 * Prices as every door reads and changes them: anyone reads them; setting what the operator charges and pays
 * for electricity is {@code pricing.manage}, each change one transaction under the caller's name.
 */
public final class PricingFacade {

    private final PriceBook book;

    public PricingFacade(PriceBook book) {
        this.book = book;
    }

    public List<GpuClassPrice> prices(Caller caller) {
        caller.require(READ);
        return book.prices();
    }

    public GpuClassPrice createPrice(Caller caller, PriceInput in) {
        return UseCase.call(caller, PRICING_MANAGE, () -> book.createPrice(in));
    }

    public GpuClassPrice editPrice(Caller caller, long id, int version, PriceInput in) {
        return UseCase.call(caller, PRICING_MANAGE, () -> book.editPrice(id, version, in));
    }

    public void deletePrice(Caller caller, long id, int version) {
        UseCase.perform(caller, PRICING_MANAGE, () -> book.deletePrice(id, version));
    }

    public List<TenantContract> contracts(Caller caller) {
        caller.require(READ);
        return book.contracts();
    }

    public TenantContract createContract(Caller caller, ContractInput in) {
        return UseCase.call(caller, PRICING_MANAGE, () -> book.createContract(in));
    }

    public TenantContract editContract(Caller caller, long id, int version, ContractInput in) {
        return UseCase.call(caller, PRICING_MANAGE, () -> book.editContract(id, version, in));
    }

    public void deleteContract(Caller caller, long id, int version) {
        UseCase.perform(caller, PRICING_MANAGE, () -> book.deleteContract(id, version));
    }

    public List<PrepaidPackage> packages(Caller caller) {
        caller.require(READ);
        return book.packages();
    }

    public PrepaidPackage createPackage(Caller caller, PackageInput in) {
        return UseCase.call(caller, PRICING_MANAGE, () -> book.createPackage(in));
    }

    public PrepaidPackage editPackage(Caller caller, long id, int version, PackageInput in) {
        return UseCase.call(caller, PRICING_MANAGE, () -> book.editPackage(id, version, in));
    }

    public void deletePackage(Caller caller, long id, int version) {
        UseCase.perform(caller, PRICING_MANAGE, () -> book.deletePackage(id, version));
    }

    public List<ElectricityTariff> tariffs(Caller caller) {
        caller.require(READ);
        return book.tariffs();
    }

    public ElectricityTariff createTariff(Caller caller, TariffInput in) {
        return UseCase.call(caller, PRICING_MANAGE, () -> book.createTariff(in));
    }

    public ElectricityTariff editTariff(Caller caller, long id, int version, TariffInput in) {
        return UseCase.call(caller, PRICING_MANAGE, () -> book.editTariff(id, version, in));
    }

    public void deleteTariff(Caller caller, long id, int version) {
        UseCase.perform(caller, PRICING_MANAGE, () -> book.deleteTariff(id, version));
    }
}
