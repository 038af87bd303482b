package io.dcim.inventory.cabinet;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The IDC lease of one cabinet: who the landlord is, what it costs a month, for how long. */
@Embeddable
public class Lease {

    @Column(name = "lease_landlord")
    private String landlord;
    @Column(name = "lease_monthly_fee")
    private BigDecimal monthlyFee;
    @Column(name = "lease_currency")
    private String currency;
    @Column(name = "lease_start")
    private LocalDate start;
    @Column(name = "lease_end")
    private LocalDate end;

    protected Lease() {
    }

    public Lease(String landlord, BigDecimal monthlyFee, LocalDate start, LocalDate end) {
        this.landlord = landlord;
        this.monthlyFee = monthlyFee;
        this.currency = "CNY";
        this.start = start;
        this.end = end;
    }

    public String getLandlord() { return landlord; }
    public BigDecimal getMonthlyFee() { return monthlyFee; }
    public String getCurrency() { return currency; }
    public LocalDate getStart() { return start; }
    public LocalDate getEnd() { return end; }
}
