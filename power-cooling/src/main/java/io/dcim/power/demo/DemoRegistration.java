package io.dcim.power.demo;

import java.io.Serializable;

/**
 * What one start or refresh of the demo did: targets created for devices that had none, targets pointed at the
 * simulator's current address, and targets already right.
 */
public record DemoRegistration(int devices, int created, int repointed, int unchanged) implements Serializable {
}
