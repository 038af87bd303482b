package io.dcim.rest.inventory;

import static io.dcim.rest.Required.version;

import io.dcim.app.Services;
import io.dcim.common.access.Permission;
import io.dcim.common.edit.Versioned;
import io.dcim.inventory.field.CustomFieldDetails;
import io.dcim.inventory.field.FieldKind;
import io.dcim.inventory.tag.ObjectType;
import io.dcim.rest.ApiResource;
import io.dcim.rest.Requires;
import io.dcim.rest.SentFields;
import io.dcim.rest.VersionRead;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * Custom field definitions per kind of object (field.manage). Values are part of each object:
 * {@code "customFields"} in the site, cabinet, device and GPU answers and PATCH bodies, {@code ?cf_<key>=} on lists.
 */
@Singleton
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "labels", description = "tags and custom fields of sites, cabinets, devices and GPUs")
public class CustomFieldResource extends ApiResource {

    @Inject
    public CustomFieldResource(Services services) {
        super(services);
    }

    /** {@code POST /custom-fields}; {@code choices} only for a CHOICE; a PATCH needs {@code version}. */
    public record FieldBody(Integer version, ObjectType objectType, String key, String labelEn, String labelZh,
            FieldKind kind, List<String> choices, Boolean required, Integer position) {
    }

    public record FieldRecord(long id, int version, ObjectType objectType, String key, String labelEn, String labelZh,
            FieldKind kind, List<String> choices, boolean required, int position) {
        static FieldRecord of(Versioned<CustomFieldDetails> v) {
            CustomFieldDetails d = v.value();
            return new FieldRecord(v.id(), v.version(), d.objectType(), d.key(), d.labelEn(), d.labelZh(), d.kind(),
                    d.choices(), d.required(), d.position());
        }
    }

    @GET
    @Path("custom-fields")
    @Operation(summary = "The custom fields of one kind of object, or of all, in their order")
    public List<FieldRecord> fields(@Parameter(description = "SITE, CABINET, DEVICE or GPU") @QueryParam("objectType")
            ObjectType objectType) {
        return services.customFieldFacade().fields(caller(), objectType).stream().map(FieldRecord::of).toList();
    }

    @GET
    @Path("custom-fields/{id}")
    @Operation(summary = "One custom field, with the version an edit names")
    public FieldRecord field(@PathParam("id") Long id) {
        return FieldRecord.of(services.customFieldFacade().field(caller(), id));
    }

    @POST
    @Requires(Permission.FIELD_MANAGE)
    @Path("custom-fields")
    @Operation(summary = "Define a custom field for sites, cabinets, devices or GPUs")
    @ApiResponse(responseCode = "201", description = "created", useReturnTypeSchema = true)
    public FieldRecord createField(@Valid @NotNull FieldBody body) {
        CustomFieldDetails details = new CustomFieldDetails(body.objectType(), body.key(), body.labelEn(), body.labelZh(),
                body.kind(), body.choices(), Boolean.TRUE.equals(body.required()),
                body.position() == null ? 0 : body.position());
        return field(services.customFieldFacade().create(caller(), details).getId());
    }

    @PATCH
    @Requires(Permission.FIELD_MANAGE)
    @Path("custom-fields/{id}")
    @Operation(summary = "Edit a custom field against the version read",
            description = "Only the fields present change. While values exist, the kind and object type stay and every"
                    + " choice in use must be kept.")
    public FieldRecord editField(@PathParam("id") Long id, @Valid @NotNull FieldBody body,
            @Context ContainerRequestContext request) {
        int version = version(body.version());
        SentFields sent = SentFields.of(request);
        CustomFieldDetails now = services.customFieldFacade().field(caller(), id).value();
        services.customFieldFacade().edit(caller(), id, version, new CustomFieldDetails(
                sent.pick("objectType", body.objectType(), now.objectType()), sent.pick("key", body.key(), now.key()),
                sent.pick("labelEn", body.labelEn(), now.labelEn()), sent.pick("labelZh", body.labelZh(), now.labelZh()),
                sent.pick("kind", body.kind(), now.kind()), sent.pick("choices", body.choices(), now.choices()),
                sent.flag("required", body.required(), now.required()),
                sent.has("position") && body.position() != null ? body.position() : now.position()));
        return field(id);
    }

    @DELETE
    @Requires(Permission.FIELD_MANAGE)
    @Path("custom-fields/{id}")
    @Operation(summary = "Delete a custom field no object has a value of")
    @ApiResponse(responseCode = "204", description = "deleted")
    public void deleteField(@PathParam("id") Long id, @BeanParam VersionRead read) {
        services.customFieldFacade().delete(caller(), id, read.version());
    }
}
