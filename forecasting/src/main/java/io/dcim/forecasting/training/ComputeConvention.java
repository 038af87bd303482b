package io.dcim.forecasting.training;

/**
 * FLOPs spent per token per parameter. A forward pass costs about 2 FLOPs per parameter per
 * token and the backward pass twice that, hence 6; Megatron-LM's end-to-end estimate adds a
 * second forward pass for activation recomputation, hence the 8 in DOMAIN.md's formula.
 * Published "training compute" figures such as GPT-3's ~3,640 PF-days count 6.
 */
public enum ComputeConvention {
    WITH_ACTIVATION_RECOMPUTATION(8),
    WITHOUT_RECOMPUTATION(6);

    private final int flopsPerTokenParameter;

    ComputeConvention(int flopsPerTokenParameter) {
        this.flopsPerTokenParameter = flopsPerTokenParameter;
    }

    public int flopsPerTokenParameter() {
        return flopsPerTokenParameter;
    }
}
