package io.dcim.procurement.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dcim.common.error.InvalidValueException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ApprovalPolicyTest {

    @Test
    void theDefaultNeedsOneManagerUpToFiveMillionInclusiveAndTwoAbove() {
        assertThat(ApprovalPolicy.DEFAULT.approvalsFor(new BigDecimal("5000000.00"))).isEqualTo(1);
        assertThat(ApprovalPolicy.DEFAULT.approvalsFor(new BigDecimal("5000000.01"))).isEqualTo(2);
        assertThat(ApprovalPolicy.DEFAULT.approvalsFor(new BigDecimal("0.01"))).isEqualTo(1);
    }

    @Test
    void parsesTiersFromConfiguration() {
        ApprovalPolicy policy = ApprovalPolicy.parse("1_000_000:1, 20000000:2, *:3");

        assertThat(policy.approvalsFor(new BigDecimal("999999.99"))).isEqualTo(1);
        assertThat(policy.approvalsFor(new BigDecimal("20000000.00"))).isEqualTo(2);
        assertThat(policy.approvalsFor(new BigDecimal("20000000.01"))).isEqualTo(3);
        assertThat(ApprovalPolicy.parse(" ")).isEqualTo(ApprovalPolicy.DEFAULT);
    }

    @Test
    void refusesPoliciesThatMakeNoSense() {
        assertThatThrownBy(() -> ApprovalPolicy.parse("100:2, 50:3, *:3")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("limits must rise");
        assertThatThrownBy(() -> ApprovalPolicy.parse("100:2, 200:1, *:3")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("fewer approvers");
        assertThatThrownBy(() -> ApprovalPolicy.parse("100:0, *:1")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> ApprovalPolicy.parse("100:1")).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("approvalPolicy:");
    }
}
