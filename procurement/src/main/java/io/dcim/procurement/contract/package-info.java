/**
 * Outsourced GPU compute: contracts signed from approved requests and the capacity under
 * contract on any day, which forecasting reads as supply that is not the operator's own.
 */
package io.dcim.procurement.contract;
