package io.dcim.forecasting.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dcim.common.error.InvalidValueException;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SacctLineTest {

    private static final SacctLine HEADER = new SacctLine(List.of(SacctLine.split(
            "JobID|Cluster|Account|User|Partition|AllocTRES|Start|End|State")));

    @Test
    void aJobLineGivesItsColumnsWithoutTheWhiteSpaceAroundThem() {
        SacctLine.Job job = HEADER.parse(" 42 | hpc1 |nu-ai|bob| h100 | cpu=16, gres/gpu=2 | 2026-03-01T22:00:00 "
                + "|2026-03-02T03:00:00|COMPLETED");

        assertThat(job).isEqualTo(new SacctLine.Job("hpc1", "42", "nu-ai", "h100", 2, 16,
                LocalDateTime.of(2026, 3, 1, 22, 0), LocalDateTime.of(2026, 3, 2, 3, 0)));
        assertThat(HEADER.kind()).isEqualTo(SacctLine.Kind.JOB);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "42.batch|hpc1|nu-ai||h100|cpu=16|2026-03-01T22:00:00|2026-03-02T03:00:00|COMPLETED; STEP",
        "43|hpc1|nu-ai|bob|h100|cpu=16|Unknown|Unknown|PENDING; NOT_STARTED",
        "44|hpc1|nu-ai|bob|h100|cpu=16|2026-03-01T22:00:00|unknown|RUNNING; NOT_ENDED",
        "45|hpc1|nu-ai|bob|h100|cpu=16|2026-03-01T22:00:00|None|RUNNING; NOT_ENDED",
        "46|hpc1|nu-ai|bob|h100|cpu=16|2026-03-01T22:00:00||RUNNING; NOT_ENDED"})
    void stepsAndJobsNotRunToTheirEndAreLeftOutAndSaidWhatTheyAre(String line, SacctLine.Kind kind) {
        assertThat(HEADER.parse(line)).isNull();
        assertThat(HEADER.kind()).isEqualTo(kind);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "2026-03-01T22:00:00; 2026-03-01T22:00",
        "2026-03-01T22:00; 2026-03-01T22:00",
        "2026-03-01t22:00:00; 2026-03-01T22:00",
        "2026-03-01T22:00:59.75; 2026-03-01T22:00:59"})
    void timesInOtherIsoShapesAreReadToTheSecond(String written, LocalDateTime read) {
        SacctLine.Job job = HEADER.parse("1|hpc1|a|u|p|cpu=1|" + written + "|2026-03-02T00:00:00|COMPLETED");

        assertThat(job.start()).isEqualTo(read);
    }

    @ParameterizedTest
    @CsvSource({"2026-02-30T10:00:00", "2026-13-01T10:00:00", "2026-03-01T24:00:00", "2026-03-01 10:00:00",
        "yesterday"})
    void aTimeThatIsNoDateAndTimeIsRefusedNamingItsColumn(String written) {
        assertThatThrownBy(() -> HEADER.parse("1|hpc1|a|u|p|cpu=1|" + written + "|2026-03-02T00:00:00|COMPLETED"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("Start"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "billing=64,cpu=64,gres/gpu=8,mem=1T,node=1; 8; 64",
        "cpu=32,gres/gpu:h100=4,gres/gpu:a100=2; 6; 32",
        "cpu=32,gres/gpu=4,gres/gpu:h100=4; 4; 32",
        "cpu=8,; 0; 8",
        "cpu=8,,,; 0; 8",
        "' cpu = 8 , gres/gpu = 1 '; 1; 8",
        "''; 0; 0"})
    void allocTresGivesTheCardsAndCores(String tres, int cards, int cores) {
        assertThat(SacctLine.tres(tres)).containsExactly(cards, cores);
    }

    @ParameterizedTest
    @CsvSource({"'cpu=8,,gres/gpu=1'", "',cpu=8'", "=8", "cpu", "cpu=eight", "cpu=-1", "gres/gpu=100001",
        "'gres/gpu:h100=60000,gres/gpu:a100=60000'", "cpu=99999999999999999999"})
    void anAllocTresThatIsNoListOfCountsIsRefused(String tres) {
        assertThatThrownBy(() -> SacctLine.tres(tres)).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.field()).isEqualTo("AllocTRES"));
    }
}
