/**
 * Demo data: the reference operator's published purchase record (DOMAIN.md) booked over the
 * demo site's existing devices.
 */
package io.dcim.procurement.demo;
