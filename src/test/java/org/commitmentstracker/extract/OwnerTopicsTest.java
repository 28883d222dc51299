package org.commitmentstracker.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.commitmentstracker.extract.read.StatementReaders;
import org.junit.jupiter.api.Test;

/**
 * The owner suggested for a commitment of the seed statements: cyber security, terrorism and
 * crime go to Public Security, not National Defence; the protection of citizens abroad to
 * Foreign Affairs, not Home Affairs; investment to Finance, not Industry and Trade; the rest of
 * those sectors stays with the sector's owner.
 */
class OwnerTopicsTest {

    static String ownerOf(String seed, String start) throws Exception {
        Extraction e = StatementExtractorTest.EXTRACTOR.extract(new StatementReaders().read(SeedCorpus.seed(seed)));
        return e.units().stream().filter(u -> u.text().startsWith(start)).findFirst().orElseThrow().owner();
    }

    @Test
    void securityTopicsGoToPublicSecurityAndDefenceStaysWithDefence() throws Exception {
        Map<String, String> expected = Map.of(
                "Continue cooperation in the fight against international terrorism", "MPS",
                "Accelerate cooperation to ensure information and communication technology security", "MPS",
                "Agree to consolidate comprehensive cooperation in international information security", "MPS",
                "Support international efforts for arms control", "MND");
        for (var entry : expected.entrySet()) {
            assertThat(ownerOf("002_c1bc1736642b0737.txt", entry.getKey())).as(entry.getKey()).isEqualTo(entry.getValue());
        }
        assertThat(ownerOf("000_0201c7e0e5d491ab.txt", "Hai lãnh đạo nhấn mạnh hợp tác quốc phòng")).isEqualTo("MND");
    }

    @Test
    void protectingCitizensAbroadGoesToForeignAffairs() throws Exception {
        assertThat(ownerOf("000_0201c7e0e5d491ab.txt", "Hai bên nhất trí tăng cường hơn nữa công tác bảo hộ"))
                .isEqualTo("MOFA");
    }

    @Test
    void investmentGoesToFinanceAndTradeStaysWithIndustryAndTrade() throws Exception {
        assertThat(ownerOf("001_95b90d5a4b3eee68.txt", "The two countries' senior leaders agreed to improve the investment"))
                .isEqualTo("MOF");
        assertThat(ownerOf("002_c1bc1736642b0737.txt", "Further strengthen economic cooperation")).as("trade first")
                .isEqualTo("MOIT");
        assertThat(ownerOf("000_0201c7e0e5d491ab.txt", "Hai bên thống nhất tăng cường xúc tiến thương mại"))
                .isEqualTo("MOIT");
    }
}
