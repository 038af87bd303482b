/**
 * Deliveries against orders: each unit becomes an inventory device in stock with its GPUs
 * and a fixed asset, all of a delivery in one transaction; packing lists are read from CSV or
 * XLSX.
 */
package io.dcim.procurement.receiving;
