package org.commitmentstracker.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CountryTableTest {
    static final Countries COUNTRIES = Countries.load();

    @Test
    void everyRowHasAnEnglishAndAVietnameseName() {
        assertThat(COUNTRIES.all()).hasSizeGreaterThan(100);
        assertThat(COUNTRIES.all()).allSatisfy(c -> {
            assertThat(c.name()).isNotBlank();
            assertThat(c.vietnameseNames()).isNotEmpty().allSatisfy(n -> assertThat(n).isNotBlank());
        });
        assertThat(COUNTRIES.all().stream().map(Countries.Country::name).distinct().count())
                .isEqualTo(COUNTRIES.all().size());
    }

    @Test
    void looksUpEnglishAndVietnameseNames() {
        assertThat(COUNTRIES.lookup("Liên bang Nga")).map(Countries.Country::name).contains("Russia");
        assertThat(COUNTRIES.lookup("Hàn Quốc")).map(Countries.Country::name).contains("South Korea");
        assertThat(COUNTRIES.lookup("Republic of Korea")).map(Countries.Country::name).contains("South Korea");
        assertThat(COUNTRIES.lookup("Russian Federation")).map(Countries.Country::name).contains("Russia");
        assertThat(COUNTRIES.lookup("Mông Cổ")).map(Countries.Country::name).contains("Mongolia");
        assertThat(COUNTRIES.lookup("Ca-dắc-xtan")).map(Countries.Country::name).contains("Kazakhstan");
        assertThat(COUNTRIES.lookup("Hoa Kỳ")).map(Countries.Country::name).contains("United States");
        assertThat(COUNTRIES.lookup("Niu Di-lân")).map(Countries.Country::name).contains("New Zealand");
        assertThat(COUNTRIES.lookup("Atlantis")).isEmpty();
        assertThat(COUNTRIES.lookup(null)).isEmpty();
    }

    @Test
    void coversAseanTheG20AndVietNamsStrategicPartners() {
        List<String> required = List.of("China", "Russia", "India", "South Korea", "United States", "Japan", "Australia",
                "France", "Malaysia", "New Zealand", "Indonesia", "Singapore", "Thailand", "Philippines", "United Kingdom",
                "Germany", "Italy", "Kazakhstan", "Brazil", "Canada", "Mongolia", "Hungary", "Chile", "Argentina", "Mexico",
                "Cuba", "Laos", "Cambodia", "Netherlands", "Belgium", "Czechia", "Poland", "Uzbekistan",
                "Azerbaijan", "Belarus", "Egypt", "United Arab Emirates", "Saudi Arabia", "Türkiye", "Israel", "Ukraine",
                "South Africa", "Peru", "Colombia", "Venezuela", "Ireland", "Spain", "Sweden", "Norway", "Finland",
                "Denmark", "Switzerland", "Austria", "Portugal", "Greece", "Bangladesh", "Pakistan", "Sri Lanka",
                "Myanmar", "Brunei", "Timor-Leste", "North Korea", "Mozambique", "Nigeria", "Algeria", "Morocco",
                "Qatar", "Kuwait", "Iran", "Iraq", "Turkmenistan", "Kyrgyzstan", "Tajikistan");
        assertThat(COUNTRIES.all().stream().map(Countries.Country::name)).containsAll(required);
    }

    @Test
    void matchesWholeWordsAndShortVietnameseNamesCaseSensitively() {
        assertThat(names("Quan hệ Việt Nam - Nga và Lào phát triển.")).containsExactly("Viet Nam", "Russia", "Laos");
        assertThat(names("Pháp luật của tỉnh Lào Cai, bà Nguyễn Thị Ngà, hợp tác pháp lý")).isEmpty();
        assertThat(names("the Russian side and the Republic of Korea")).containsExactly("Russia", "South Korea");
        assertThat(names("the Democratic People's Republic of Korea, the South China Sea")).containsExactly("North Korea");
        assertThat(names("VIỆT NAM - HÀN QUỐC")).containsExactly("Viet Nam", "South Korea");
        assertThat(names("Vương quốc Anh và Bắc Ai-len, khu vực Mỹ Latinh")).containsExactly("United Kingdom");
    }

    private static List<String> names(String text) {
        return COUNTRIES.find(text).stream().map(m -> m.country().name()).toList();
    }
}
