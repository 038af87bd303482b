package io.dcim.rest.inventory;

import static io.dcim.rest.Required.version;

import io.dcim.app.Services;
import io.dcim.common.access.Permission;
import io.dcim.common.edit.Versioned;
import io.dcim.inventory.tag.TagDetails;
import io.dcim.inventory.tag.TagSummary;
import io.dcim.rest.ApiResource;
import io.dcim.rest.Requires;
import io.dcim.rest.SentFields;
import io.dcim.rest.VersionRead;
import io.swagger.v3.oas.annotations.Operation;
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
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * The installation's tags (tag.manage). Which objects carry them is part of each object: {@code "tags"} in the
 * site, cabinet, device and GPU answers and PATCH bodies, {@code ?tag=} on their lists.
 */
@Singleton
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "labels", description = "tags and custom fields of sites, cabinets, devices and GPUs")
public class TagResource extends ApiResource {

    @Inject
    public TagResource(Services services) {
        super(services);
    }

    /** {@code POST /tags} (a blank slug is made from the name, a missing colour is grey); a PATCH needs {@code version}. */
    public record TagBody(Integer version, String name, String slug, String colour, String description) {
    }

    /** A tag with how many objects carry it ({@code uses}, in lists). */
    public record TagRecord(long id, int version, String name, String slug, String colour, String description, Long uses) {
        static TagRecord of(Versioned<TagDetails> v) {
            TagDetails d = v.value();
            return new TagRecord(v.id(), v.version(), d.name(), d.slug(), d.colour(), d.description(), null);
        }

        static TagRecord of(TagSummary t) {
            return new TagRecord(t.id(), t.version(), t.name(), t.slug(), t.colour(), t.description(), t.uses());
        }
    }

    @GET
    @Path("tags")
    @Operation(summary = "Every tag in name order, with how many objects carry it")
    public List<TagRecord> tags() {
        return services.tagFacade().tags(caller()).stream().map(TagRecord::of).toList();
    }

    @GET
    @Path("tags/{id}")
    @Operation(summary = "One tag, with the version an edit names")
    public TagRecord tag(@PathParam("id") Long id) {
        return TagRecord.of(services.tagFacade().tag(caller(), id));
    }

    @POST
    @Requires(Permission.TAG_MANAGE)
    @Path("tags")
    @Operation(summary = "Add a tag")
    @ApiResponse(responseCode = "201", description = "created", useReturnTypeSchema = true)
    public TagRecord createTag(@Valid @NotNull TagBody body) {
        TagDetails details = new TagDetails(body.name(), body.slug(), body.colour(), body.description());
        return tag(services.tagFacade().create(caller(), details).getId());
    }

    @PATCH
    @Requires(Permission.TAG_MANAGE)
    @Path("tags/{id}")
    @Operation(summary = "Rename a tag or change its slug, colour or description, against the version read",
            description = "Only the fields present change.")
    public TagRecord editTag(@PathParam("id") Long id, @Valid @NotNull TagBody body, @Context ContainerRequestContext request) {
        int version = version(body.version());
        SentFields sent = SentFields.of(request);
        TagDetails now = services.tagFacade().tag(caller(), id).value();
        services.tagFacade().edit(caller(), id, version, new TagDetails(sent.pick("name", body.name(), now.name()),
                sent.pick("slug", body.slug(), now.slug()), sent.pick("colour", body.colour(), now.colour()),
                sent.pick("description", body.description(), now.description())));
        return tag(id);
    }

    @DELETE
    @Requires(Permission.TAG_MANAGE)
    @Path("tags/{id}")
    @Operation(summary = "Delete a tag no object carries")
    @ApiResponse(responseCode = "204", description = "deleted")
    public void deleteTag(@PathParam("id") Long id, @BeanParam VersionRead read) {
        services.tagFacade().delete(caller(), id, read.version());
    }
}
