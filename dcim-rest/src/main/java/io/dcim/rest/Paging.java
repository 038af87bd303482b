package io.dcim.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dcim.common.paging.PageRequest;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.ws.rs.QueryParam;

/** {@code page} (from 0), {@code size} (default 50, at most 1000) and {@code sort} ({@code -column} descending). */
public final class Paging {

    private static final int DEFAULT_SIZE = 50;

    // @JsonProperty: swagger-core finds a bean parameter's fields as Jackson properties; private ones need naming.

    @QueryParam("page")
    @JsonProperty
    @Parameter(description = "the page, from 0; an offset (page × size) beyond 2³¹ is refused")
    private Integer page;

    @QueryParam("size")
    @JsonProperty
    @Parameter(description = "items per page, 1 to 1000 (default 50)")
    private Integer size;

    @QueryParam("sort")
    @JsonProperty
    @Parameter(description = "the column to sort by; -column for descending")
    private String sort;

    public PageRequest request(String defaultSort) {
        boolean descending = sort != null && sort.startsWith("-");
        String column = sort == null ? defaultSort : descending ? sort.substring(1) : sort;
        return new PageRequest(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size, column, !descending);
    }
}
