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

    @Test
    void theStoredKeySortsAsTextInTheSameOrderAsTheComparator() {
        List<String> names = List.of("Hall 10", "Hall 2", "hall 3", "Hall 1", "Annex", "Hall 1A", "A10", "A9", "B1", "A09",
                "A100", "R99999999999999999999", "R100000000000000000000", "Hall 02", "Hall-2", "Hall2", "x", "2", "10",
                "Room 3 Row 12", "Room 3 Row 2", "Room 03 Row 2b", "", "Z 0", "Z 00", "Z 000 1", "机房 10", "机房 9");
        List<String> byComparator = new ArrayList<>(names);
        byComparator.sort(NaturalOrder.INSTANCE);
        List<String> byKey = new ArrayList<>(names);
        byKey.sort(java.util.Comparator.comparing(NaturalOrder::sortKey).thenComparing(java.util.Comparator.naturalOrder()));

        assertThat(byKey).containsExactlyElementsOf(byComparator);
        assertThat(NaturalOrder.sortKey("Hall 2")).isEqualTo("hall 012");
        assertThat(NaturalOrder.sortKey("Hall 10")).isEqualTo("hall 0210");
        assertThat(NaturalOrder.sortKey("A07")).isEqualTo(NaturalOrder.sortKey("a7"));
    }
}
