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
            // as the packaged app starts
            vm.setVMOption("MinHeapFreeRatio", "10");
            vm.setVMOption("MaxHeapFreeRatio", "30");
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
            vm.setVMOption("MinHeapFreeRatio", "0");
            vm.setVMOption("MaxHeapFreeRatio", max);
            vm.setVMOption("MinHeapFreeRatio", min);
        }
    }

    @Test
    void roomyRatiosAreLeftAsTheyAre() {
        String before = ratios();
        try (HeapRoom.Lease lease = new HeapRoom().widen()) {
            if (before.equals("40/70")) {
                assertThat(ratios()).isEqualTo(before);
            }
        }
        assertThat(ratios()).isEqualTo(before);
    }

    private String ratios() {
        return vm.getVMOption("MinHeapFreeRatio").getValue() + "/" + vm.getVMOption("MaxHeapFreeRatio").getValue();
    }
}
