package io.dcim.rest.cabling;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dcim.inventory.cable.CableFilter;
import io.dcim.inventory.cable.CableStatus;
import io.dcim.inventory.cable.CableType;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.ws.rs.QueryParam;

/**
 * The filter the cable list, its export and its labels share: {@code site}, {@code room} and {@code device}
 * (either end), {@code type}, {@code status}, and {@code label} (a substring, in any case).
 */
public final class CableQuery {

    // @JsonProperty: swagger-core finds a bean parameter's fields as Jackson properties; private ones need naming.

    @QueryParam("site")
    @JsonProperty
    private Long site;

    @QueryParam("room")
    @JsonProperty
    private Long room;

    @QueryParam("device")
    @JsonProperty
    private Long device;

    @QueryParam("type")
    @JsonProperty
    private CableType type;

    @QueryParam("status")
    @JsonProperty
    private CableStatus status;

    @QueryParam("label")
    @JsonProperty
    @Parameter(description = "label contains")
    private String label;

    CableFilter filter() {
        return new CableFilter(site, room, device, type, status, label);
    }
}
