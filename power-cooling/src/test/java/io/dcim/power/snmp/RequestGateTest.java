package io.dcim.power.snmp;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RequestGateTest {

    @Test
    void admitsAtMostThePerAgentLimitAndStartsTheNextOnRelease() {
        RequestGate<String> gate = new RequestGate<>(100, 2);
        List<String> started = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            int n = i;
            gate.submit("pdu-a", () -> started.add("a" + n));
        }
        gate.submit("pdu-b", () -> started.add("b0"));

        assertThat(started).containsExactly("a0", "a1", "b0");
        gate.release("pdu-a");
        assertThat(started).containsExactly("a0", "a1", "b0", "a2");
        assertThat(gate.inFlight()).isEqualTo(3);
    }

    @Test
    void globalLimitQueuesAgentsInArrivalOrder() {
        RequestGate<String> gate = new RequestGate<>(2, 2);
        List<String> started = new ArrayList<>();
        gate.submit("a", () -> started.add("a"));
        gate.submit("a", () -> started.add("a"));
        gate.submit("b", () -> started.add("b"));
        gate.submit("c", () -> started.add("c"));

        assertThat(started).containsExactly("a", "a");
        gate.release("a");
        assertThat(started).containsExactly("a", "a", "b");
        gate.release("a");
        assertThat(started).containsExactly("a", "a", "b", "c");
        assertThat(gate.inFlight()).isEqualTo(2);
    }
}
