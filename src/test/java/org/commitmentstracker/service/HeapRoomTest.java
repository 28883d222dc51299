package org.commitmentstracker.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

class HeapRoomTest {
    private final HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);

    @Test
    void anImportGetsTheDefaultRatiosAndTheTightOnesComeBack() {
        String min = vm.getVMOption("MinHeapFreeRatio").getValue();
        String max = vm.getVMOption("MaxHeapFreeRatio").getValue();
        try {
            setRatios("10", "30"); // as the packaged app starts
            HeapRoom room = new HeapRoom();
            try (HeapRoom.Lease lease = room.widen()) {
                assertThat(ratios()).isEqualTo("40/70");
                // a second import meanwhile leaves the room to the first
                try (HeapRoom.Lease second = room.widen()) {
                    assertThat(ratios()).isEqualTo("40/70");
                }
                assertThat(ratios()).isEqualTo("40/70");
            }
            assertThat(ratios()).isEqualTo("10/30");
        } finally {
            setRatios(min, max);
        }
    }

    @Test
    void roomyRatiosAreLeftAsTheyAre() {
        String min = vm.getVMOption("MinHeapFreeRatio").getValue();
        String max = vm.getVMOption("MaxHeapFreeRatio").getValue();
        try {
            setRatios("50", "80"); // a JVM started roomier than G1's defaults
            String before = ratios();
            try (HeapRoom.Lease lease = new HeapRoom().widen()) {
                assertThat(ratios()).isEqualTo(before);
            }
            assertThat(ratios()).isEqualTo(before);
        } finally {
            setRatios(min, max);
        }
    }

    /** Sets both ratios whatever they were (the minimum may never pass the maximum). */
    private void setRatios(String min, String max) {
        vm.setVMOption("MinHeapFreeRatio", "0");
        vm.setVMOption("MaxHeapFreeRatio", max);
        vm.setVMOption("MinHeapFreeRatio", min);
    }

    private String ratios() {
        return vm.getVMOption("MinHeapFreeRatio").getValue() + "/" + vm.getVMOption("MaxHeapFreeRatio").getValue();
    }
}
