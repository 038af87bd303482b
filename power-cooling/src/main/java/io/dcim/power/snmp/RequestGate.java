package io.dcim.power.snmp;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Admits requests under two limits at once, without blocking any thread: at most {@code maxGlobal} in
 * flight over all agents and at most {@code maxPerAgent} per agent. A request that cannot start waits in its
 * agent's queue; each {@link #release} starts what became admissible. Agents blocked only by the global limit
 * wait in FIFO order, so one agent with a long walk cannot starve the others.
 */
final class RequestGate<K> {

    private final int maxGlobal;
    private final int maxPerAgent;
    private final Map<K, Slot> slots = new HashMap<>();
    private final ArrayDeque<Slot> waitingForGlobal = new ArrayDeque<>();
    private int inFlight;

    RequestGate(int maxGlobal, int maxPerAgent) {
        this.maxGlobal = maxGlobal;
        this.maxPerAgent = maxPerAgent;
    }

    /** Queues {@code send}; it runs (on this or a releasing thread) once both limits admit it. */
    void submit(K agent, Runnable send) {
        List<Runnable> ready = new ArrayList<>(1);
        synchronized (this) {
            Slot slot = slots.computeIfAbsent(agent, Slot::new);
            slot.waiting.add(send);
            admit(slot, ready);
        }
        ready.forEach(Runnable::run);
    }

    /** Must be called exactly once for every request that was started. */
    void release(K agent) {
        List<Runnable> ready = new ArrayList<>(2);
        synchronized (this) {
            Slot slot = slots.get(agent);
            slot.inFlight--;
            inFlight--;
            admit(slot, ready);
            while (inFlight < maxGlobal && !waitingForGlobal.isEmpty()) {
                Slot next = waitingForGlobal.poll();
                next.queuedForGlobal = false;
                admit(next, ready);
            }
            if (slot.inFlight == 0 && slot.waiting.isEmpty() && !slot.queuedForGlobal) {
                slots.remove(agent);
            }
        }
        ready.forEach(Runnable::run);
    }

    synchronized int inFlight() {
        return inFlight;
    }

    private void admit(Slot slot, List<Runnable> ready) {
        while (!slot.waiting.isEmpty() && slot.inFlight < maxPerAgent) {
            if (inFlight >= maxGlobal) {
                if (!slot.queuedForGlobal) {
                    slot.queuedForGlobal = true;
                    waitingForGlobal.add(slot);
                }
                return;
            }
            slot.inFlight++;
            inFlight++;
            ready.add(slot.waiting.poll());
        }
    }

    private final class Slot {
        final K key;
        final ArrayDeque<Runnable> waiting = new ArrayDeque<>();
        int inFlight;
        boolean queuedForGlobal;

        Slot(K key) {
            this.key = key;
        }
    }
}
