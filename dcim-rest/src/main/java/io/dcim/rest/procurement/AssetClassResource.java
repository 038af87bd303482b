package io.dcim.rest.procurement;

import static io.dcim.rest.Required.version;

import io.dcim.app.Services;
import io.dcim.common.access.Permission;
import io.dcim.procurement.asset.AssetClass;
import io.dcim.procurement.asset.AssetClassFacade;
import io.dcim.procurement.asset.AssetClassView;
import io.dcim.procurement.asset.ClassTerms;
import io.dcim.procurement.depreciation.DepreciationMethod;
import io.dcim.procurement.depreciation.StartConvention;
import io.dcim.rest.ApiResource;
import io.dcim.rest.Requires;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;

/**
 * The asset classes with the terms each gives the assets put on the books: read by anyone, changed
 * by finance ({@code assetclass.manage}). A change applies to assets put on the books after it; those
 * already there keep their terms ({@code assetsOnBooks} counts them).
 */
@Singleton
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "procurement", description = "purchase requests, orders, receipts, invoices, assets and depreciation")
public class AssetClassResource extends ApiResource {

    @Inject
    public AssetClassResource(Services services) {
        super(services);
    }

    private AssetClassFacade facade() {
        return services.procurement().assetClassFacade();
    }

    /** {@code PATCH /asset-classes/{class}}: the version read and the terms to change; the others stay. */
    public record AssetClassBody(@NotNull Integer version, DepreciationMethod method, Integer usefulLifeMonths,
            BigDecimal residualRate, StartConvention convention) {
    }

    public record AssetClassRecord(AssetClass assetClass, int version, DepreciationMethod method, int usefulLifeMonths,
            BigDecimal residualRate, StartConvention convention, long assetsOnBooks) {
        static AssetClassRecord of(AssetClassView v) {
            return new AssetClassRecord(v.assetClass(), v.version(), v.terms().method(), v.terms().usefulLifeMonths(),
                    v.terms().residualRate(), v.terms().convention(), v.assetsOnBooks());
        }
    }

    @GET
    @Path("asset-classes")
    @Operation(summary = "The asset classes with the terms they give new assets")
    public List<AssetClassRecord> assetClasses() {
        return facade().classes(caller()).stream().map(AssetClassRecord::of).toList();
    }

    @GET
    @Path("asset-classes/{class}")
    @Operation(summary = "One asset class, with the version an edit names")
    public AssetClassRecord assetClass(@PathParam("class") AssetClass assetClass) {
        return AssetClassRecord.of(facade().assetClass(caller(), assetClass));
    }

    @PATCH
    @Requires(Permission.ASSETCLASS_MANAGE)
    @Path("asset-classes/{class}")
    @Operation(summary = "Change the terms a class gives assets put on the books from now on, against the version read")
    public AssetClassRecord editAssetClass(@PathParam("class") AssetClass assetClass, @Valid @NotNull AssetClassBody body) {
        int version = version(body.version());
        ClassTerms now = facade().assetClass(caller(), assetClass).terms();
        return AssetClassRecord.of(facade().edit(caller(), assetClass, version, new ClassTerms(
                body.method() == null ? now.method() : body.method(),
                body.usefulLifeMonths() == null ? now.usefulLifeMonths() : body.usefulLifeMonths(),
                body.residualRate() == null ? now.residualRate() : body.residualRate(),
                body.convention() == null ? now.convention() : body.convention())));
    }
}
