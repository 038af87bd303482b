package io.dcim.forecasting.capacity;

import io.dcim.forecasting.history.Resource;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What to buy or lease for one shortfall, and when to order it.
 *
 * @param siteId            the site the capacity is for
 * @param kind              servers (GPU shortfalls) or cabinets only (power, cabinet and U shortfalls)
 * @param needDate          the first day of the month the capacity must be there
 * @param orderBy           need date − lead time (of the server's supplier, or of a cabinet lease when one is needed and takes longer)
 * @param late              the order-by date has passed: order today and the capacity still comes late
 * @param leadTimeDays      the lead time used for {@code orderBy}
 * @param supplierId        the supplier whose lead time and price were used, null when assumed
 * @param deviceModelId     catalog model to buy, null for cabinets only
 * @param deviceModelName   its manufacturer and model
 * @param servers           servers to buy (0 for cabinets only)
 * @param unitPrice         net unit price of a server, CNY (null for cabinets only)
 * @param added             capacity added, in the resource's unit (GPUs, W, cabinets, U)
 * @param cabinetsFromFree  empty cabinets of the site the servers go into
 * @param cabinetsToLease   cabinets that must be newly leased
 */
public record Recommendation(long siteId, Kind kind, Resource resource, LocalDate needDate, LocalDate orderBy, boolean late,
                             int leadTimeDays, Long supplierId, Long deviceModelId, String deviceModelName, int servers,
                             BigDecimal unitPrice, long added, int cabinetsFromFree, int cabinetsToLease,
                             Costs costs) implements Serializable {

    public enum Kind { SERVERS, CABINETS }
}
