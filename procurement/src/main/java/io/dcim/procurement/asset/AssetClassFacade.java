package io.dcim.procurement.asset;

import static io.dcim.common.access.Permission.ASSETCLASS_MANAGE;
import static io.dcim.common.access.Permission.READ;

import io.dcim.common.access.Caller;
import io.dcim.common.access.UseCase;
import java.util.List;

/**
 * The asset classes' terms as every door reads and changes them. Choosing a method, life and
 * residual rate for a class is accounting policy, finance's: {@code assetclass.manage}. A change
 * applies to assets put on the books after it; those already there keep their terms, and their
 * own estimates change one by one from a month on ({@link AssetFacade#changeTerms}).
 */
public final class AssetClassFacade {

    private final AssetClassService classes;

    public AssetClassFacade(AssetClassService classes) {
        this.classes = classes;
    }

    public List<AssetClassView> classes(Caller caller) {
        caller.require(READ);
        return classes.classes();
    }

    public AssetClassView assetClass(Caller caller, AssetClass assetClass) {
        caller.require(READ);
        return classes.find(assetClass);
    }

    public AssetClassView edit(Caller caller, AssetClass assetClass, int expectedVersion, ClassTerms terms) {
        return UseCase.call(caller, ASSETCLASS_MANAGE, () -> classes.edit(assetClass, expectedVersion, terms));
    }
}
