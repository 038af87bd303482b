package io.dcim.power.remote;

/** A collector just created (or given a new token): the token, shown this once and never again. */
public record CreatedCollector(CollectorView collector, String token) {

    @Override
    public String toString() {
        return "CreatedCollector[" + collector.name() + ", token ****]";
    }
}
