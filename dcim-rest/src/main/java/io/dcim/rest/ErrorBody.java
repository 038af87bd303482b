package io.dcim.rest;

import io.swagger.v3.oas.annotations.media.Schema;

/** Every refusal of the API: {@code {"error","field","detail"}}. */
@Schema(name = "Error", description = "A refused call: what is wrong, the field at fault (a JSON path or a query"
        + " parameter) when one is, and details (the refused rows or units, or the kind of refusal)")
public record ErrorBody(
        @Schema(description = "what is wrong, quoting at most 40 characters of the input",
                requiredMode = Schema.RequiredMode.REQUIRED) String error,
        @Schema(description = "the field at fault: a JSON path such as lines[1].quantity, or a query parameter",
                nullable = true) String field,
        @Schema(description = "the kind of refusal, or the list of problems (imports, receipts)", nullable = true)
        Object detail) {
}
