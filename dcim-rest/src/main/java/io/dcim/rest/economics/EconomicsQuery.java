package io.dcim.rest.economics;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.common.text.Fields;
import io.dcim.forecasting.economics.EconomicsGrouping;
import io.dcim.forecasting.economics.WhatIf;
import io.dcim.forecasting.history.GpuClass;
import io.dcim.procurement.asset.AssetClass;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.ws.rs.QueryParam;
import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * What a site's economics are asked for: the months, the grouping and the what-if parameters. One declaration for
 * the figures and their workbook, so that both take and document the same parameters.
 */
public final class EconomicsQuery {

    // @JsonProperty: swagger-core finds a bean parameter's fields as Jackson properties; private ones need naming.

    @QueryParam("from")
    @JsonProperty
    @Parameter(required = true, description = "first month, yyyy-MM")
    private YearMonth from;

    @QueryParam("to")
    @JsonProperty
    @Parameter(required = true, description = "last month, yyyy-MM")
    private YearMonth to;

    @QueryParam("groupBy")
    @JsonProperty
    @Parameter(description = "month (default), gpuClass or tenant")
    private String groupBy;

    @QueryParam("lifeClass")
    @JsonProperty
    @Parameter(description = "what-if: the asset class given another life")
    private AssetClass lifeClass;

    @QueryParam("lifeMonths")
    @JsonProperty
    @Parameter(description = "what-if: that life in months")
    private Integer lifeMonths;

    @QueryParam("cardHourPrice")
    @JsonProperty
    @Parameter(description = "what-if: list price per card-hour (CNY)")
    private Double cardHourPrice;

    @QueryParam("priceClass")
    @JsonProperty
    @Parameter(description = "what-if: the GPU class the price is for (default: every class)")
    private GpuClass priceClass;

    @QueryParam("utilization")
    @JsonProperty
    @Parameter(description = "what-if: utilization target, share of card-hours available (0..1]")
    private Double utilization;

    YearMonth from() {
        return from;
    }

    YearMonth to() {
        return to;
    }

    EconomicsGrouping grouping() {
        if (groupBy == null) {
            return EconomicsGrouping.MONTH;
        }
        return switch (groupBy) {
            case "month" -> EconomicsGrouping.MONTH;
            case "gpuClass" -> EconomicsGrouping.GPU_CLASS;
            case "tenant" -> EconomicsGrouping.TENANT;
            default -> throw new InvalidValueException("groupBy", Message.of("rest.economics.groupBy",
                    Fields.excerpt(groupBy)));
        };
    }

    /** The figures that would follow from other terms; each what-if needs its partner parameter. */
    WhatIf whatIf() {
        if ((lifeClass == null) != (lifeMonths == null)) {
            throw new InvalidValueException(lifeClass == null ? "lifeClass" : "lifeMonths", Message.of("common.field.required"));
        }
        if (priceClass != null && cardHourPrice == null) {
            throw new InvalidValueException("cardHourPrice", Message.of("common.field.required"));
        }
        return new WhatIf(lifeClass == null ? null : new WhatIf.Life(lifeClass, lifeMonths),
                cardHourPrice == null ? null : new WhatIf.CardHourPrice(priceClass, BigDecimal.valueOf(cardHourPrice)),
                utilization == null ? null : BigDecimal.valueOf(utilization));
    }
}
