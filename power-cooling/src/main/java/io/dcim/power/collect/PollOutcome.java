package io.dcim.power.collect;

/**
 * How one poll of one endpoint ended, whatever the protocol. The names are stored (poll statuses, alarms), so
 * they stay as they are; each collector says in its own terms what maps to which.
 */
public enum PollOutcome {
    /** Every requested value was read with the expected syntax. */
    OK,
    /** Some values were read, others missing, mistyped, truncated by the row cap or lost to a timeout. */
    PARTIAL,
    /** No answer within timeout and retries (SNMP: also a wrong v1/v2c community, which agents silently drop). */
    TIMEOUT,
    /** The device refused the credentials (SNMPv3 report: unknown user, wrong digest, decryption error...). */
    AUTH_FAILURE,
    /** The device answered but has none of the requested objects. */
    NO_SUCH_OBJECT,
    /** The device answered with values of another type only. */
    WRONG_TYPE,
    /** The request could not be sent (bad address, socket error). */
    UNREACHABLE,
    /** Not polled: the target failed repeatedly and is resting until its back-off interval ends. */
    BACKED_OFF;

    /** The device could not be talked to (no answer, nothing sent, credentials refused): collectors rest such endpoints. */
    public boolean countsAsFailure() {
        return this == TIMEOUT || this == UNREACHABLE || this == AUTH_FAILURE;
    }
}
