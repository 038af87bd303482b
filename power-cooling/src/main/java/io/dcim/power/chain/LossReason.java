package io.dcim.power.chain;

/** Why a device loses power in a failure. */
public enum LossReason {
    /** It has one supply, on the failed part. */
    SINGLE_CORDED,
    /** All its supplies are on the failed part. */
    ALL_SUPPLIES_FAILED,
    /** Some supplies live on, fewer than it needs to run (an N+1 device losing two). */
    TOO_FEW_SUPPLIES
}
