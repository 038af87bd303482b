package io.dcim.procurement.contract;

import java.time.LocalDate;

/**
 * What it takes to sign an approved outsourced compute request: the provider, the contract
 * number and the day the capacity starts. GPUs, term and price come from the request's lines
 * (one contract per line; with several lines the numbers get a "/line" suffix).
 */
public record NewContract(Long providerId, String contractNumber, LocalDate startDate) {
}
