package io.dcim.forecasting.training;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;

import java.time.Duration;

/**
 * Training time and card count from E_t = k · T · P / (n · X) (DOMAIN.md, Megatron-LM estimate).
 * The reverse direction gives E_t for n cards; the forward direction solves for the smallest n
 * with E_t &lt;= deadline, optionally rounded up to whole 8-GPU servers.
 */
public final class TrainingCalculator {

    public static final int GPUS_PER_SERVER = 8;
    /** One PF-day: 10^15 FLOP/s sustained for a day. */
    public static final double PETAFLOP_DAY = 1e15 * 86_400;

    private final ComputeConvention convention;

    /** The DOMAIN.md formula, with recomputation (k = 8). */
    public TrainingCalculator() {
        this(ComputeConvention.WITH_ACTIVATION_RECOMPUTATION);
    }

    public TrainingCalculator(ComputeConvention convention) {
        this.convention = convention;
    }

    /** k · T · P floating-point operations. */
    public double totalFlops(TrainingJob job) {
        return convention.flopsPerTokenParameter() * job.tokens() * job.parameters();
    }

    public double petaflopDays(TrainingJob job) {
        return totalFlops(job) / PETAFLOP_DAY;
    }

    /** Reverse: E_t in seconds on {@code cards} cards. */
    public double secondsToTrain(TrainingJob job, Accelerator card, int cards) {
        if (cards < 1) {
            throw new InvalidValueException("cards", Message.of("forecasting.field.atLeastOne", cards));
        }
        return totalFlops(job) / (cards * card.effectiveFlopsPerSecond());
    }

    /** Reverse, as a Duration rounded up to the whole second. */
    public Duration timeToTrain(TrainingJob job, Accelerator card, int cards) {
        return Duration.ofSeconds((long) Math.ceil(secondsToTrain(job, card, cards)));
    }

    /** Forward: the fewest cards (or whole servers) that finish within {@code deadline}. */
    public CardRequirement cardsToFinishWithin(TrainingJob job, Accelerator card, Duration deadline,
                                               boolean wholeServers) {
        if (deadline == null || deadline.isNegative() || deadline.isZero()) {
            throw new InvalidValueException("deadline", Message.of("forecasting.training.deadline", deadline));
        }
        double seconds = deadline.toNanos() / 1e9;
        double exact = totalFlops(job) / (card.effectiveFlopsPerSecond() * seconds);
        // A hair of tolerance so that an exact fit (e.g. 12.000000000001 from rounding) stays 12.
        double needed = Math.ceil(exact * (1 - 1e-12));
        if (needed > Integer.MAX_VALUE) {
            throw new InvalidValueException("deadline", Message.of("forecasting.training.deadlineTooShort",
                    String.valueOf(needed)));
        }
        int cards = Math.max(1, (int) needed);
        int servers = 0;
        if (wholeServers) {
            servers = (cards + GPUS_PER_SERVER - 1) / GPUS_PER_SERVER;
            cards = servers * GPUS_PER_SERVER;
        }
        return new CardRequirement(cards, servers, timeToTrain(job, card, cards));
    }
}
