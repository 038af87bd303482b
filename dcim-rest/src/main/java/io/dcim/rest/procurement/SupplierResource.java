package io.dcim.rest.procurement;

import static io.dcim.rest.Required.version;

import io.dcim.app.Services;
import io.dcim.common.access.Permission;
import io.dcim.common.edit.Versioned;
import io.dcim.procurement.supplier.ContactInput;
import io.dcim.procurement.supplier.SupplierFacade;
import io.dcim.procurement.supplier.SupplierInput;
import io.dcim.procurement.supplier.SupplierSummary;
import io.dcim.rest.ApiResource;
import io.dcim.rest.ListPage;
import io.dcim.rest.Paging;
import io.dcim.rest.Requires;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * The suppliers orders go to, with their contacts: listed by anyone, created, edited against the
 * version read and deleted (while nothing names them) by those who hold {@code supplier.manage}.
 */
@Singleton
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "procurement", description = "purchase requests, orders, receipts, invoices, assets and depreciation")
public class SupplierResource extends ApiResource {

    @Inject
    public SupplierResource(Services services) {
        super(services);
    }

    private SupplierFacade facade() {
        return services.procurement().supplierFacade();
    }

    /** One person to call at a supplier: a name and an e-mail address or a phone number. */
    public record ContactBody(String name, String email, String phone) {
        ContactInput input() {
            return new ContactInput(name, email, phone);
        }
    }

    /**
     * {@code POST /suppliers}; a PATCH needs {@code version} and changes the fields named (contacts, when
     * given, replace the supplier's contacts in order).
     */
    public record SupplierBody(Integer version, String name, String taxId, Integer leadTimeDays,
            @Valid List<ContactBody> contacts, String notes) {
    }

    public record SupplierRecord(long id, int version, String name, String taxId, int leadTimeDays,
            List<ContactBody> contacts, String notes) {
        static SupplierRecord of(Versioned<SupplierInput> v) {
            SupplierInput s = v.value();
            return new SupplierRecord(v.id(), v.version(), s.name(), s.taxId(), s.leadTimeDays(),
                    s.contacts().stream().map(c -> new ContactBody(c.name(), c.email(), c.phone())).toList(), s.notes());
        }
    }

    @GET
    @Path("suppliers")
    @Operation(summary = "Suppliers by name, paged; q: part of the name")
    public ListPage<SupplierSummary> suppliers(@QueryParam("q") String q, @BeanParam Paging paging) {
        return ListPage.of(services.procurement().suppliers().page(q, paging.request("name")));
    }

    @GET
    @Path("suppliers/{id}")
    @Operation(summary = "One supplier with its contacts, and the version an edit names")
    public SupplierRecord supplier(@PathParam("id") Long id) {
        return SupplierRecord.of(facade().supplier(caller(), id));
    }

    @POST
    @Requires(Permission.SUPPLIER_MANAGE)
    @Path("suppliers")
    @Operation(summary = "Add a supplier with its contacts")
    @ApiResponse(responseCode = "201", description = "created", useReturnTypeSchema = true)
    public SupplierRecord createSupplier(@Valid @NotNull SupplierBody body) {
        return supplier(facade().create(caller(), new SupplierInput(body.name(), body.taxId(), body.leadTimeDays(),
                contacts(body.contacts()), body.notes())).getId());
    }

    @PATCH
    @Requires(Permission.SUPPLIER_MANAGE)
    @Path("suppliers/{id}")
    @Operation(summary = "Change a supplier's fields or contacts, against the version read")
    public SupplierRecord editSupplier(@PathParam("id") Long id, @Valid @NotNull SupplierBody body) {
        int version = version(body.version());
        SupplierInput now = facade().supplier(caller(), id).value();
        facade().edit(caller(), id, version, new SupplierInput(
                body.name() == null ? now.name() : body.name(),
                body.taxId() == null ? now.taxId() : body.taxId(),
                body.leadTimeDays() == null ? now.leadTimeDays() : body.leadTimeDays(),
                body.contacts() == null ? now.contacts() : contacts(body.contacts()),
                body.notes() == null ? now.notes() : body.notes()));
        return supplier(id);
    }

    @DELETE
    @Requires(Permission.SUPPLIER_MANAGE)
    @Path("suppliers/{id}")
    @Operation(summary = "Delete a supplier no order, request, asset or contract names")
    @ApiResponse(responseCode = "204", description = "deleted")
    public void deleteSupplier(@PathParam("id") Long id, @BeanParam VersionRead read) {
        facade().delete(caller(), id, read.version());
    }

    private static List<ContactInput> contacts(List<ContactBody> contacts) {
        return contacts == null ? List.of() : contacts.stream().map(ContactBody::input).toList();
    }
}
