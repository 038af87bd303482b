package io.dcim.procurement.approval;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.procurement.request.Cny;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * How many distinct managers must approve a request, by its gross total: each tier covers
 * amounts up to and including its limit; above the last tier {@code approversAbove} are needed.
 * The number is fixed when a request is submitted, so a policy change does not move the
 * goalposts of requests already in review.
 *
 * @param tiers          ascending limits, each needing at least as many approvers as the one below
 * @param approversAbove approvers needed above the last limit
 */
public record ApprovalPolicy(List<Tier> tiers, int approversAbove) {

    /** Up to 5,000,000.00 CNY gross one manager approves; above, two distinct managers. */
    public static final ApprovalPolicy DEFAULT = new ApprovalPolicy(List.of(new Tier(new BigDecimal("5000000.00"), 1)), 2);

    /** Amounts up to and including {@code upToGross} CNY need {@code approvers} approvals. */
    public record Tier(BigDecimal upToGross, int approvers) {
    }

    public ApprovalPolicy {
        tiers = List.copyOf(tiers);
        int previous = 1;
        BigDecimal previousLimit = null;
        for (Tier tier : tiers) {
            if (tier.upToGross() == null || tier.upToGross().signum() <= 0) {
                throw new InvalidValueException("approvalPolicy", Message.of("procurement.policy.limitPositive"));
            }
            if (previousLimit != null && tier.upToGross().compareTo(previousLimit) <= 0) {
                throw new InvalidValueException("approvalPolicy", Message.of("procurement.policy.limitsRise",
                        Cny.format(tier.upToGross()), Cny.format(previousLimit)));
            }
            if (tier.approvers() < previous) {
                throw new InvalidValueException("approvalPolicy", Message.of("procurement.policy.fewerApprovers", tier.approvers(),
                        Cny.format(tier.upToGross())));
            }
            previous = tier.approvers();
            previousLimit = tier.upToGross();
        }
        if (approversAbove < previous) {
            throw new InvalidValueException("approvalPolicy", Message.of("procurement.policy.approversAbove", previous,
                    approversAbove));
        }
    }

    /** Approvals needed for a request of {@code grossTotal} CNY. */
    public int approvalsFor(BigDecimal grossTotal) {
        for (Tier tier : tiers) {
            if (grossTotal.compareTo(tier.upToGross()) <= 0) {
                return tier.approvers();
            }
        }
        return approversAbove;
    }

    /**
     * Reads a policy from configuration: {@code "5000000:1, 20000000:2, *:3"} — limit:approvers
     * pairs, and {@code *} for everything above. Blank gives {@link #DEFAULT}.
     */
    public static ApprovalPolicy parse(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT;
        }
        List<Tier> tiers = new ArrayList<>();
        Integer above = null;
        for (String part : text.split(",")) {
            String[] pair = part.trim().split(":");
            if (pair.length != 2) {
                throw new InvalidValueException("approvalPolicy", Message.of("procurement.policy.notATier", part.trim()));
            }
            try {
                int approvers = Integer.parseInt(pair[1].trim());
                if (pair[0].trim().equals("*")) {
                    above = approvers;
                } else {
                    tiers.add(new Tier(new BigDecimal(pair[0].trim().replace("_", "")), approvers));
                }
            } catch (NumberFormatException e) {
                throw new InvalidValueException("approvalPolicy", Message.of("procurement.policy.notATier", part.trim()));
            }
        }
        if (above == null) {
            throw new InvalidValueException("approvalPolicy", Message.of("procurement.policy.aboveMissing"));
        }
        return new ApprovalPolicy(tiers, above);
    }
}
