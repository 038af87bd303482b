package io.dcim.console.power;

import io.dcim.power.endpoint.TargetView;
import io.dcim.power.reading.PollStatus;
import java.io.Serializable;

/** A target in the list with its last poll status (null: never polled). A value, safe to keep in a page. */
record TargetRow(TargetView target, PollStatus status) implements Serializable {
}
