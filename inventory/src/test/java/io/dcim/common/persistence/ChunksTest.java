package io.dcim.common.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ChunksTest {

    @Test
    void cutsAListIntoPiecesOfAThousandInOrder() {
        List<Integer> values = IntStream.range(0, 2_500).boxed().toList();
        List<List<Integer>> chunks = Chunks.of(values);
        assertThat(chunks).extracting(List::size).containsExactly(1_000, 1_000, 500);
        assertThat(chunks.get(2).get(0)).isEqualTo(2_000);
        assertThat(Chunks.of(List.of())).isEmpty();
    }
}
