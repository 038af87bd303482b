package io.dcim.forecasting.training;

import java.time.Duration;

/**
 * The answer to "how many cards to finish by the deadline".
 *
 * @param cards        cards to deploy (a multiple of the server size if whole servers were asked for)
 * @param servers      whole servers, or 0 if cards were not rounded to servers
 * @param expectedTime training time on that many cards
 */
public record CardRequirement(int cards, int servers, Duration expectedTime) {
}
