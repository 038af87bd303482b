package io.dcim.procurement.receiving;

import java.time.LocalDate;
import java.util.List;

/** A delivery: the day it arrived, an optional note (delivery note number, damage) and its units. */
public record Receipt(LocalDate receivedOn, String note, List<ReceivedUnit> units) {
}
