/**
 * Turning a training job into GPUs and time with the Megatron-LM estimate
 * E_t = k · T · P / (n · X): T tokens, P parameters, n cards, X effective FLOP/s per card
 * (peak × achieved utilization), k = 8 FLOPs per token per parameter with activation
 * recomputation (DOMAIN.md) or 6 without it.
 */
package io.dcim.forecasting.training;
