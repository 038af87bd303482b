/**
 * Suppliers of equipment and compute: a unique name, tax id, contacts and the lead time
 * their orders usually take. {@link io.dcim.procurement.supplier.SupplierService} creates,
 * edits and lists them.
 */
package io.dcim.procurement.supplier;
