package org.commitmentstracker.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The status colours stay apart for readers with colour-blind vision: each colour is simulated
 * for protanopia, deuteranopia and tritanopia (Machado, Oliveira and Fernandes 2009, severity 1.0,
 * applied in linear RGB), and every two of them must stay at least {@link #MIN_DISTANCE} apart in
 * CIE Lab (ΔE 1976), as they must with normal vision.
 */
class StatusPaletteVisionTest {
    /** ΔE76 of 10: two colours a glance tells apart on a chart. */
    static final double MIN_DISTANCE = 10;

    static final Map<String, double[][]> VISIONS = new LinkedHashMap<>();

    static {
        VISIONS.put("normal vision", new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}});
        VISIONS.put("protanopia", new double[][] {
                {0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}});
        VISIONS.put("deuteranopia", new double[][] {
                {0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}});
        VISIONS.put("tritanopia", new double[][] {
                {1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602}, {0.004733, 0.691367, 0.303900}});
    }

    @Test
    void everyTwoStatusColoursAndOverdueStayApartInEveryVision() {
        Map<String, String> colours = new LinkedHashMap<>();
        for (Status status : Status.values()) {
            colours.put(status.name(), StatusPalette.colour(status));
        }
        colours.put("OVERDUE", StatusPalette.OVERDUE);
        assertThat(colours.values()).doesNotHaveDuplicates().hasSize(Status.values().length + 1);

        List<String> tooClose = new ArrayList<>();
        VISIONS.forEach((vision, matrix) -> {
            List<String> names = new ArrayList<>(colours.keySet());
            for (int i = 0; i < names.size(); i++) {
                for (int j = i + 1; j < names.size(); j++) {
                    double d = distance(lab(simulate(colours.get(names.get(i)), matrix)),
                            lab(simulate(colours.get(names.get(j)), matrix)));
                    if (d < MIN_DISTANCE) {
                        tooClose.add(String.format("%s: %s and %s only %.1f apart", vision, names.get(i), names.get(j), d));
                    }
                }
            }
        });
        assertThat(tooClose).isEmpty();
    }

    @Test
    void theSimulationTellsApartWhatItShould() {
        // A red and an olive green, far apart to a normal eye, fall together for a deuteranope: the check can fail.
        double normal = distance(lab(simulate("#CC3311", VISIONS.get("normal vision"))),
                lab(simulate("#6E7A00", VISIONS.get("normal vision"))));
        double deutan = distance(lab(simulate("#CC3311", VISIONS.get("deuteranopia"))),
                lab(simulate("#6E7A00", VISIONS.get("deuteranopia"))));
        assertThat(normal).isGreaterThan(50);
        assertThat(deutan).isLessThan(MIN_DISTANCE);
    }

    @Test
    void theHuesAreTheAgreedOnes() {
        assertThat(hue(StatusPalette.colour(Status.IN_PROGRESS))).isBetween(190.0, 250.0);
        assertThat(hue(StatusPalette.colour(Status.AT_RISK))).isBetween(30.0, 55.0);
        assertThat(hue(StatusPalette.colour(Status.COMPLETED))).isBetween(90.0, 150.0);
        assertThat(hue(StatusPalette.colour(Status.PARTIALLY_COMPLETED))).isBetween(150.0, 190.0);
        assertThat(hue(StatusPalette.OVERDUE)).isBetween(0.0, 20.0);
        assertThat(saturation(StatusPalette.colour(Status.NOT_STARTED))).isLessThan(0.05);
        assertThat(saturation(StatusPalette.colour(Status.DROPPED))).isLessThan(0.05);
        assertThat(StatusPalette.relativeLuminance(StatusPalette.colour(Status.DROPPED)))
                .isLessThan(StatusPalette.relativeLuminance(StatusPalette.colour(Status.NOT_STARTED)));
    }

    /** A colour as a viewer with that vision sees it, in linear RGB. */
    static double[] simulate(String hex, double[][] matrix) {
        int[] rgb = StatusPalette.rgb(hex);
        double[] linear = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = rgb[i] / 255.0;
            linear[i] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        double[] seen = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = matrix[i][0] * linear[0] + matrix[i][1] * linear[1] + matrix[i][2] * linear[2];
            seen[i] = Math.min(1, Math.max(0, v));
        }
        return seen;
    }

    /** CIE Lab (D65) of a linear-RGB colour. */
    static double[] lab(double[] linear) {
        double x = 0.4124564 * linear[0] + 0.3575761 * linear[1] + 0.1804375 * linear[2];
        double y = 0.2126729 * linear[0] + 0.7151522 * linear[1] + 0.0721750 * linear[2];
        double z = 0.0193339 * linear[0] + 0.1191920 * linear[1] + 0.9503041 * linear[2];
        double fx = f(x / 0.95047);
        double fy = f(y);
        double fz = f(z / 1.08883);
        return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    private static double f(double t) {
        return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
    }

    static double distance(double[] a, double[] b) {
        return Math.sqrt(Math.pow(a[0] - b[0], 2) + Math.pow(a[1] - b[1], 2) + Math.pow(a[2] - b[2], 2));
    }

    private static double hue(String hex) {
        int[] c = StatusPalette.rgb(hex);
        return java.awt.Color.RGBtoHSB(c[0], c[1], c[2], null)[0] * 360;
    }

    private static double saturation(String hex) {
        int[] c = StatusPalette.rgb(hex);
        return java.awt.Color.RGBtoHSB(c[0], c[1], c[2], null)[1];
    }
}
