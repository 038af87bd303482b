package io.dcim.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The answer to a call that checks everything before it writes anything (an import, a batch of cables): 200
 * with the report when nothing was refused, else 422 whose detail is the same report listing every refusal.
 */
public final class Checked {

    private Checked() {
    }

    /** Whether the caller asked only to check ({@code ?dryRun=true}). */
    public static boolean dryRun(String dryRun) {
        return "true".equalsIgnoreCase(dryRun);
    }

    /**
     * The answer to an import of a table file ({@link RawBody#table}), all rows or none: the 422 counts the problems
     * and names the file, the same for every import.
     */
    public static Response fileImport(boolean valid, Object report, int problems) {
        return answer(valid, report, problems + " problem(s) in the file; nothing was imported", "file");
    }

    /**
     * @param refusal what the 422 says, e.g. "3 problem(s) in the file; nothing was imported"
     * @param field the field at fault in the 422 ({@code file} for an upload)
     */
    public static Response answer(boolean valid, Object report, String refusal, String field) {
        if (valid) {
            return Response.ok(report, MediaType.APPLICATION_JSON_TYPE).build();
        }
        return Response.status(422).type(MediaType.APPLICATION_JSON_TYPE).entity(new ErrorBody(refusal, field, report))
                .build();
    }
}
