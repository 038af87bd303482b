package io.dcim.common.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RefusalReasonTest {

    @Test
    void theMessageNamesTheFieldForTheApiAndTheReasonIsTheSentenceAlone() {
        InvalidValueException invalid = new InvalidValueException("positionU", "U4–U4 is occupied");
        assertThat(invalid.getMessage()).isEqualTo("positionU: U4–U4 is occupied");
        assertThat(invalid.reason()).isEqualTo("U4–U4 is occupied");

        ConflictException stale = ConflictException.staleVersion("device IM-1");
        assertThat(stale.getMessage()).startsWith("version: device IM-1");
        assertThat(stale.reason()).startsWith("device IM-1 was changed");

        IllegalTransitionException transition = new IllegalTransitionException("status", Thread.State.NEW,
                Thread.State.TERMINATED, List.of(Thread.State.RUNNABLE));
        assertThat(transition.getMessage()).isEqualTo("status: cannot go from NEW to TERMINATED; allowed: RUNNABLE");
        assertThat(transition.reason()).isEqualTo("cannot go from NEW to TERMINATED; allowed: RUNNABLE");

        assertThat(new NotFoundException("device", 7).reason()).isEqualTo("device 7 does not exist");
    }
}
