package io.dcim.inventory.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NaturalOrderTest {

    @Test
    void hallsAndCabinetsSortTheWayPeopleCountThem() {
        List<String> halls = new ArrayList<>(List.of("Hall 10", "Hall 2", "hall 3", "Hall 1", "Annex", "Hall 1A"));
        halls.sort(NaturalOrder.INSTANCE);
        assertThat(halls).containsExactly("Annex", "Hall 1", "Hall 1A", "Hall 2", "hall 3", "Hall 10");

        List<String> cabinets = new ArrayList<>(List.of("A10", "A9", "B1", "A09", "A100"));
        cabinets.sort(NaturalOrder.INSTANCE);
        assertThat(cabinets).containsExactly("A09", "A9", "A10", "A100", "B1");
    }

    @Test
    void numbersLongerThanALongStillCompare() {
        assertThat(NaturalOrder.INSTANCE.compare("R99999999999999999999", "R100000000000000000000")).isNegative();
        assertThat(NaturalOrder.INSTANCE.compare("x", "x")).isZero();
    }
}
