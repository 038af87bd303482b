package io.dcim.power.snmp;

/** How one poll of one target ended. */
public enum PollOutcome {
    /** Every requested value was read with the expected syntax. */
    OK,
    /** Some values were read, others missing, mistyped, truncated by the row cap or lost to a timeout. */
    PARTIAL,
    /** No answer within timeout and retries (also: wrong v1/v2c community, which agents silently drop). */
    TIMEOUT,
    /** SNMPv3 report: unknown user, wrong digest, decryption error, unsupported security level. */
    AUTH_FAILURE,
    /** The agent answered but has none of the requested objects. */
    NO_SUCH_OBJECT,
    /** The agent answered with values of another syntax only. */
    WRONG_TYPE,
    /** The request could not be sent (bad address, socket error). */
    UNREACHABLE,
    /** Not polled: the target failed repeatedly and is resting until its back-off interval ends. */
    BACKED_OFF;

    boolean countsAsFailure() {
        return this == TIMEOUT || this == UNREACHABLE || this == AUTH_FAILURE;
    }
}
