/**
 * Purchase requests: what is asked for (equipment from the inventory catalog, or outsourced
 * GPU compute), what it costs to the fen (net, VAT per line, gross) and what capacity it adds.
 * {@link io.dcim.procurement.request.RequestStatus} is the state machine of a request's life;
 * {@link io.dcim.procurement.request.RequestWorkflow} is the one way through it, writing every
 * step to the request's timeline.
 */
package io.dcim.procurement.request;
