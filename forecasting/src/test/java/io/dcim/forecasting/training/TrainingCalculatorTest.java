package io.dcim.forecasting.training;

import io.dcim.common.error.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class TrainingCalculatorTest {

    private static final TrainingJob GPT3 = new TrainingJob(175e9, 300e9);
    /** A100 BF16 dense peak 312 TFLOP/s at 50% utilization: X = 1.56e14 FLOP/s. */
    private static final Accelerator A100_HALF = new Accelerator("A100", 312e12, 0.5);
    /** 1 B parameters on 20 B tokens (T = 20 P, compute-optimal). */
    private static final TrainingJob ONE_B = new TrainingJob(1e9, 20e9);

    /**
     * 6 · 300e9 · 175e9 = 3.15e23 FLOP; / 8.64e19 FLOP per PF-day = 3,645.8 PF-days, the
     * "~3,640 PF-days" quoted for GPT-3. So that figure counts 6 FLOPs per token-parameter.
     */
    @Test
    void gpt3NeedsAbout3640PetaflopDaysWithoutRecomputation() {
        TrainingCalculator calc = new TrainingCalculator(ComputeConvention.WITHOUT_RECOMPUTATION);

        assertThat(calc.totalFlops(GPT3)).isCloseTo(3.15e23, within(1e9));
        assertThat(calc.petaflopDays(GPT3)).isCloseTo(3640, within(3640 * 0.005));
    }

    /** DOMAIN.md's 8 · T · P gives 4.2e23 FLOP = 4,861.1 PF-days, a third more than the published figure. */
    @Test
    void domainFormulaWithRecomputationGivesAThirdMore() {
        TrainingCalculator calc = new TrainingCalculator();

        assertThat(calc.totalFlops(GPT3)).isCloseTo(4.2e23, within(1e9));
        assertThat(calc.petaflopDays(GPT3)).isCloseTo(4.2e23 / 8.64e19, within(1e-6));
        assertThat(calc.petaflopDays(GPT3))
                .isCloseTo(new TrainingCalculator(ComputeConvention.WITHOUT_RECOMPUTATION).petaflopDays(GPT3) * 4 / 3,
                        within(1e-6));
    }

    /** 8 · 20e9 · 1e9 = 1.6e20 FLOP over 8 · 1.56e14 FLOP/s = 128,205.13 s (35.6 h). */
    @Test
    void reverseGivesTheTimeOnAGivenNumberOfCards() {
        TrainingCalculator calc = new TrainingCalculator();

        assertThat(calc.secondsToTrain(ONE_B, A100_HALF, 8)).isCloseTo(128_205.128, within(1e-3));
        assertThat(calc.timeToTrain(ONE_B, A100_HALF, 8)).isEqualTo(Duration.ofSeconds(128_206));
    }

    /**
     * Within 24 h: 1.6e20 / (1.56e14 · 86,400) = 11.87 cards -> 12; as whole 8-GPU servers -> 2
     * servers, 16 cards, finishing in 1.6e20 / (16 · 1.56e14) = 64,102.6 s.
     */
    @Test
    void forwardGivesTheCardsAndServersToFinishByADeadline() {
        TrainingCalculator calc = new TrainingCalculator();

        CardRequirement cards = calc.cardsToFinishWithin(ONE_B, A100_HALF, Duration.ofHours(24), false);
        CardRequirement servers = calc.cardsToFinishWithin(ONE_B, A100_HALF, Duration.ofHours(24), true);

        assertThat(cards.cards()).isEqualTo(12);
        assertThat(cards.servers()).isZero();
        assertThat(cards.expectedTime()).isLessThanOrEqualTo(Duration.ofHours(24));
        assertThat(servers.cards()).isEqualTo(16);
        assertThat(servers.servers()).isEqualTo(2);
        assertThat(servers.expectedTime()).isEqualTo(Duration.ofSeconds(64_103));
    }

    @Test
    void anExactFitIsNotRoundedUpByFloatingPointNoise() {
        TrainingCalculator calc = new TrainingCalculator();
        // 8 cards take 128,205.128... s, so a deadline of exactly that needs exactly 8 cards.
        Duration exact = Duration.ofNanos(Math.round(calc.secondsToTrain(ONE_B, A100_HALF, 8) * 1e9));

        assertThat(calc.cardsToFinishWithin(ONE_B, A100_HALF, exact, false).cards()).isEqualTo(8);
    }

    @Test
    void badInputNamesTheField() {
        TrainingCalculator calc = new TrainingCalculator();

        assertThatThrownBy(() -> new TrainingJob(0, 1e9)).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.field()).isEqualTo("parameters"));
        assertThatThrownBy(() -> new TrainingJob(1e9, Double.NaN)).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.field()).isEqualTo("tokens"));
        assertThatThrownBy(() -> new Accelerator("H100", 989e12, 1.5)).isInstanceOfSatisfying(
                InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("utilization"));
        assertThatThrownBy(() -> calc.secondsToTrain(ONE_B, A100_HALF, 0)).isInstanceOfSatisfying(
                InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("cards"));
        assertThatThrownBy(() -> calc.cardsToFinishWithin(ONE_B, A100_HALF, Duration.ZERO, true))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("deadline"));
    }
}
