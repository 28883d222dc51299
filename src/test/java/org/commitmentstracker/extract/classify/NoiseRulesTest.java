package org.commitmentstracker.extract.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NoiseRulesTest {
    static final NoiseRules RULES = new NoiseRules();

    @ParameterizedTest
    @ValueSource(strings = {
        "For reference only", "Toàn văn tuyên bố chung", "Xem thêm:", "hanoi-talks_2025.JPG",
        "The two Presidents at the welcoming ceremony in Ha Noi. Photo: VNA",
        "Thủ tướng đón Tổng thống tại Phủ Chủ tịch. Ảnh: TTXVN", "Joint Statement - Ảnh 1.",
        "June 25, 2024 1:23 PM GMT+7", "25/06/2024 13:23", "Tags: Viet Nam, Chile", "***"})
    void webPageDebrisIsNoise(String text) {
        assertThat(RULES.match(text)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The two sides agreed to cooperate in photography and film.",
        "Hai bên nhất trí tăng cường hợp tác văn hóa.",
        "Share of renewable energy will rise to 30 percent by 2030."})
    void statementTextIsNotNoise(String text) {
        assertThat(RULES.match(text)).isEmpty();
    }
}
