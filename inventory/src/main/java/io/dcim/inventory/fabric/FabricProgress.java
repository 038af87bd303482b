package io.dcim.inventory.fabric;

/**
 * Where laying a plan onto devices has got to, for a door that runs it in the background: first how many
 * cables the plan makes on the chosen devices, then how many steps are done out of {@link #steps} (each
 * cable checked by the cabling rules is one step, and when writing each cable written is one more).
 */
public interface FabricProgress {

    /** Nothing told: for a caller that waits for the report. */
    FabricProgress NONE = new FabricProgress() {
        @Override
        public void laid(int steps) {
        }

        @Override
        public void done(int steps) {
        }
    };

    /** The cables are laid on the devices: {@code steps} steps to go. */
    void laid(int steps);

    /** {@code steps} steps done so far. */
    void done(int steps);

    /** The steps of laying {@code cables} cables: checking each, and writing each when {@code write}. */
    static int steps(int cables, boolean write) {
        return write ? 2 * cables : cables;
    }
}
