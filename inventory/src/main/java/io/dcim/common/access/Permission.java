package io.dcim.common.access;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a caller may do, by name. Use cases check one of these ({@link Caller#require}); the
 * console asks the same question to show or hide a control. Which roles hold which permission
 * is written once, in the identity module's role table: no role name appears anywhere else.
 */
public enum Permission {
    /** See everything: sites to GPUs, power, purchases, plans. Every role holds it. */
    READ,
    /** Create and edit devices, cabinets and the rest of the inventory's objects. */
    DEVICE_EDIT,
    /** Create, edit and delete sites, their rooms and rows, and cabinets with their lease terms. */
    SITE_MANAGE,
    /** Create, edit and delete tenants, the operator's customers. */
    TENANT_MANAGE,
    /** Create, edit and delete device and GPU models in the catalog. */
    CATALOG_MANAGE,
    /** Create, edit and delete the tags people put on sites, cabinets, devices and GPUs. */
    TAG_MANAGE,
    /** Define the custom fields each kind of object carries (their values are edited with the object). */
    FIELD_MANAGE,
    /** Place, move and take devices through their lifecycle. */
    DEVICE_MOVE,
    /** Allocate GPUs to tenants and release them. */
    GPU_ALLOCATE,
    /** Reserve cabinet units and release reservations. */
    RESERVATION_MANAGE,
    /** Cable ports, plan and check the fabric. */
    CABLE_EDIT,
    /** Import inventory from CSV and XLSX files. */
    INVENTORY_IMPORT,
    /** Acknowledge power and cooling alarms. */
    ALARM_ACKNOWLEDGE,
    /** Set the power and temperature alarm levels of sites and cabinets. */
    THRESHOLD_EDIT,
    /** Poll targets and SNMP profiles. */
    POWER_CONFIGURE,
    /** See a site's energy report: energy, PUE, rack occupancy, renewable share and carbon against the targets. */
    ENERGY_REPORT,
    /** Record a site's energy supply contracts (supplier, period, renewable kWh or share). */
    ENERGY_EDIT,
    /** Request purchases: create, edit and submit one's own requests. */
    PURCHASE_REQUEST,
    /** Approve, reject or return others' purchase requests. */
    PURCHASE_APPROVE,
    /** Turn an approved request into a purchase order. */
    PURCHASE_ORDER,
    /** Create, edit and delete the suppliers orders go to, with their contacts. */
    SUPPLIER_MANAGE,
    /** Receive delivered equipment into stock or cabinets. */
    PURCHASE_RECEIVE,
    /** Record suppliers' invoices. */
    PURCHASE_INVOICE,
    /** See what a purchase costs and earns: its impact on depreciation and capacity. */
    FINANCE_VIEW,
    /**
     * Keep the fixed-asset register: correct an asset, set its support contract, change its
     * useful life or residual rate from a month on, dispose of it. Finance's work on the books.
     */
    ASSET_MANAGE,
    /**
     * Set the terms each asset class gives the assets put on the books after the change (method,
     * useful life, residual rate, start convention): the accounting policy, finance's.
     */
    ASSETCLASS_MANAGE,
    /**
     * Set what the operator charges and pays: list prices per GPU class, tenant contracts and prepaid packages,
     * electricity tariffs. Finance's.
     */
    PRICING_MANAGE,
    /** Export registers and depreciation schedules for finance. */
    EXPORT_DEPRECIATION,
    /** Plan capacity: demand, scenarios, training jobs. */
    CAPACITY_PLAN,
    /** Import scheduler job accounting (Slurm sacct) and keep the Slurm account and partition mappings. */
    USAGE_IMPORT,
    /** See card-hours and core-hours used and the utilization they give, per site, GPU class and tenant. */
    USAGE_VIEW,
    /** Record the whole-server rentals tenants prepay by the month. */
    USAGE_MANAGE,
    /** Create users, set their roles, reset passwords, disable them. */
    USER_MANAGE,
    /** Revoke other users' API tokens. */
    TOKEN_MANAGE,
    /** Keep the event rules and webhooks (robot destinations and their secrets), see and retry their deliveries. */
    WEBHOOK_MANAGE,
    /** Scrape {@code /metrics} with an API token (Prometheus): load, PUE, GPUs, alarms, poller and JVM figures. */
    METRICS_READ,
    /**
     * A remote site collector's own token: fetch its targets with their credentials and push its readings. No role
     * holds it (not even admin): a person's token must never receive a site's credentials in bulk nor write
     * readings as if polled.
     */
    COLLECTOR_PUSH;

    /**
     * Code to permission, built once: the console asks for every menu entry of every page (a search computing
     * each permission's code was 3% of a page's CPU).
     */
    private static final Map<String, Permission> BY_CODE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(Permission::code, p -> p));

    private final String code = name().toLowerCase(Locale.ROOT).replaceFirst("_", ".");

    /** The dotted name people and the API see ({@code device.move}). */
    public String code() {
        return code;
    }

    public static Optional<Permission> ofCode(String code) {
        return Optional.ofNullable(code == null ? null : BY_CODE.get(code));
    }
}
