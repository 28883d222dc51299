package org.commitmentstracker.service;

import java.lang.management.ManagementFactory;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Gives the collector room for the length of an import, then takes it back. The app runs with tight heap ratios
 * (the launcher's {@code -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30}, decision 0007) so that an idle window
 * gives its memory back; during an import those keep the heap so near its live data that G1 collects several times
 * a second and copies the import's half-built indexes again and again (the collector took a quarter of the
 * processor while repeats were found). For the import the two ratios are G1's defaults (40 and 70); afterwards
 * they are what they were, and the idle collection ({@code G1PeriodicGCInterval}) shrinks the heap again.
 *
 * <p>Both are "manageable" flags of HotSpot, set through its diagnostic bean. Where they cannot be set (another
 * JVM, a runtime without {@code jdk.management}), nothing changes: the import is only slower. Imports at the same
 * time share the room: one that finds it given already leaves it to the one that gave it.
 */
final class HeapRoom {
    /** A room given, taken back when closed. */
    interface Lease extends AutoCloseable {
        @Override
        void close();
    }

    private static final Logger LOG = Logger.getLogger(HeapRoom.class.getName());
    private static final String MIN = "MinHeapFreeRatio";
    private static final String MAX = "MaxHeapFreeRatio";
    /** G1's own defaults. */
    static final int ROOMY_MIN = 40;
    static final int ROOMY_MAX = 70;

    /** Room until the lease is closed; a lease that changes nothing when the ratios are roomy already or cannot be set. */
    Lease widen() {
        try {
            var vm = ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class);
            String min = vm.getVMOption(MIN).getValue();
            String max = vm.getVMOption(MAX).getValue();
            if (Integer.parseInt(min) >= ROOMY_MIN && Integer.parseInt(max) >= ROOMY_MAX) {
                return () -> { };
            }
            // The minimum may not pass the maximum at any moment: the maximum goes up first and down last.
            vm.setVMOption(MAX, String.valueOf(ROOMY_MAX));
            vm.setVMOption(MIN, String.valueOf(ROOMY_MIN));
            return () -> {
                try {
                    vm.setVMOption(MIN, min);
                    vm.setVMOption(MAX, max);
                } catch (RuntimeException e) {
                    LOG.log(Level.FINE, "The heap ratios were not set back", e);
                }
            };
        } catch (RuntimeException | LinkageError e) {
            LOG.log(Level.FINE, "The heap ratios cannot be set here; the import runs with them as they are", e);
            return () -> { };
        }
    }
}
