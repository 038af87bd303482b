package io.dcim.power.remote;

/** A collector saying it is alive between pushes: its jar's version and its buffer. */
public record Heartbeat(String agentVersion, BufferState buffer) {
}
