package io.dcim.forecasting.economics;

import static io.dcim.common.access.Permission.FINANCE_VIEW;

import io.dcim.common.access.Caller;
import java.time.YearMonth;

/**
 * A site's economics and tenants' statements as every door reads them: what the operator earns and spends is
 * finance's to see ({@code finance.view}). Reading changes nothing, what-ifs included.
 */
public final class EconomicsFacade {

    private final SiteEconomics economics;
    private final Statements statements;
    private final PurchaseOutlook outlook;

    public EconomicsFacade(SiteEconomics economics, Statements statements, PurchaseOutlook outlook) {
        this.economics = economics;
        this.statements = statements;
        this.outlook = outlook;
    }

    public EconomicsReport report(Caller caller, long siteId, YearMonth from, YearMonth to, EconomicsGrouping groupBy,
                                  WhatIf whatIf) {
        caller.require(FINANCE_VIEW);
        return economics.report(siteId, from, to, groupBy, whatIf);
    }

    public TenantStatement statement(Caller caller, long tenantId, YearMonth month) {
        caller.require(FINANCE_VIEW);
        return statements.statement(tenantId, month);
    }

    /** What approving a purchase request would do to its site's gross margin, month by month; see {@link PurchaseOutlook}. */
    public PurchaseMargin purchaseOutlook(Caller caller, long requestId) {
        caller.require(FINANCE_VIEW);
        return outlook.outlook(requestId);
    }
}
