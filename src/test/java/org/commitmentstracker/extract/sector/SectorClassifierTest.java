package org.commitmentstracker.extract.sector;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.commitmentstracker.model.Sector;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SectorClassifierTest {
    static final SectorClassifier SECTORS = new SectorClassifier();

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
        "The two sides agreed to raise two-way trade and investment.|ECO",
        "Both sides will open a direct flight between Ha Noi and Santiago.|TRA",
        "The two sides agreed to expand cooperation in oil and gas exploration.|ENE",
        "Chile will grant 20 scholarships a year to Vietnamese students.|EDU",
        "The two sides agreed to cooperate in combating transnational crime and terrorism.|DEF",
        "The two sides will coordinate closely at the United Nations and ASEAN.|MUL",
        "The two sides agreed to promote twinning between their provinces.|LOC",
        "The two sides agreed to respond to climate change and protect the environment.|ENV",
        "The two sides will cooperate in vaccine production and hospital management.|HEA",
        "The two sides agreed to cooperate on judicial assistance and the fight against corruption.|JUS",
        "Hai bên nhất trí tăng cường hợp tác quốc phòng, an ninh.|DEF",
        "Hai bên nhất trí đẩy mạnh hợp tác nông nghiệp, thủy sản.|AGR",
        "Hai bên sẽ tạo điều kiện cho người lao động và công dân mỗi nước sinh sống.|LAB",
        "Hai bên nhất trí thúc đẩy hợp tác văn hóa, du lịch, thể thao.|CUL",
        "Hai bên sẽ hợp tác trong lĩnh vực tài chính, ngân hàng.|FIN",
    })
    void theWordsOfAUnitNameItsSector(String text, Sector expected) {
        assertThat(SECTORS.classify(text)).get().extracting(SectorClassifier.SectorDecision::sector).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void aChoiceCanBeLimitedToTheSectorsOfAHeading() {
        String text = "The two sides agreed to share experience in building international financial centres and trade.";
        assertThat(SECTORS.classify(text, List.of(Sector.ECO, Sector.FIN)).orElseThrow().sector()).isEqualTo(Sector.FIN);
        assertThat(SECTORS.sectorsNamed("Expanding economic, trade, investment and financial cooperation"))
                .containsExactly(Sector.ECO, Sector.FIN);
        assertThat(SECTORS.classify("They met.")).isEmpty();
        assertThat(SECTORS.classify("un accord")).isEmpty();
    }
}
