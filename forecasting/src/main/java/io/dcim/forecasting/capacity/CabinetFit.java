package io.dcim.forecasting.capacity;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Places servers by power: a cabinet holds as many servers as its contracted watts cover at the model's rated
 * draw (a 20 kW cabinet holds one 10.2 kW 8×H100 server, not two). Free cabinets are used first, largest first;
 * the rest must be leased at the assumed contracted power. Free cabinets stay used across placements.
 */
final class CabinetFit {

    private final Deque<Integer> free;
    private final int newCabinetW;

    CabinetFit(List<Integer> freeCabinetWatts, int newCabinetW) {
        this.free = new ArrayDeque<>(freeCabinetWatts);
        this.newCabinetW = newCabinetW;
    }

    /** Cabinets taken from the free ones and cabinets to lease for {@code servers} servers of {@code ratedW}. */
    Placement place(int servers, int ratedW) {
        int perNew = newCabinetW / ratedW;
        if (perNew < 1) {
            throw new InvalidValueException("cabinetContractedW", Message.of("forecasting.capacity.serverTooLarge",
                    newCabinetW, ratedW));
        }
        int left = servers;
        int fromFree = 0;
        while (left > 0 && !free.isEmpty()) {
            int holds = free.peekFirst() / ratedW;
            if (holds < 1) {
                break; // sorted largest first: no smaller free cabinet holds one either
            }
            free.pollFirst();
            fromFree++;
            left -= Math.min(left, holds);
        }
        int toLease = (left + perNew - 1) / perNew;
        return new Placement(fromFree, toLease);
    }

    record Placement(int fromFree, int toLease) {
    }
}
