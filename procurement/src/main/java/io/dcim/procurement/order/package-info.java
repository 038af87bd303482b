/**
 * Purchase orders for approved equipment requests, with their lines copied from the request,
 * and the supplier's invoice checked against what was ordered and received.
 */
package io.dcim.procurement.order;
