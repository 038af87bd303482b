package io.dcim.procurement.depreciation;

import io.dcim.common.error.Message;

/**
 * The depreciation methods CAS 4 allows. Years are asset years, counted from the first
 * depreciation month, and a month carries one twelfth of its year's amount.
 */
public enum DepreciationMethod {

    /** The depreciable amount (cost − residual) spread evenly over the useful life in months. */
    STRAIGHT_LINE("Straight-line", false),

    /**
     * Twice the straight-line rate (2 / life in years) applied to each year's opening net book
     * value, ignoring the residual value; in the last two years of the life the remaining
     * net book value less residual is spread evenly, as Chinese practice requires.
     */
    DOUBLE_DECLINING_BALANCE("Double-declining balance", true),

    /** Year k of n carries (cost − residual) × (n − k + 1) / (n(n + 1) / 2). */
    SUM_OF_YEARS_DIGITS("Sum-of-the-years' digits", true);

    private final String label;
    private final boolean wholeYears;

    DepreciationMethod(String label, boolean wholeYears) {
        this.label = label;
        this.wholeYears = wholeYears;
    }

    /** How people read the method in a spreadsheet or a page. */
    public String label() {
        return label;
    }

    /** The method's name in the reader's language, for sentences that name it. */
    public Message title() {
        return switch (this) {
            case STRAIGHT_LINE -> Message.of("procurement.method.straightLine");
            case DOUBLE_DECLINING_BALANCE -> Message.of("procurement.method.doubleDeclining");
            case SUM_OF_YEARS_DIGITS -> Message.of("procurement.method.sumOfYearsDigits");
        };
    }

    /** Whether the method works year by year and so needs a useful life of whole years. */
    public boolean needsWholeYears() {
        return wholeYears;
    }
}
