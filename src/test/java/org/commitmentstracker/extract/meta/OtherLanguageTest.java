package org.commitmentstracker.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The opening of the Viet Nam - Chile statement in the languages a desk officer may be sent, and what is not refused. */
class OtherLanguageTest {
    static final String FRENCH = "Déclaration commune entre la République socialiste du Viet Nam et la République du "
            + "Chili. Les deux parties sont convenues de maintenir des échanges réguliers de délégations de haut niveau "
            + "et de tenir en 2025 le cinquième cycle de consultations politiques entre les deux ministères des Affaires "
            + "étrangères. Les deux parties sont convenues de porter les échanges commerciaux bilatéraux à 3 milliards de "
            + "dollars américains d'ici 2027 et de tirer pleinement parti de l'Accord de libre-échange Viet Nam - Chili. "
            + "Les deux parties sont convenues d'étudier l'ouverture d'une liaison aérienne directe entre Hô Chi "
            + "Minh-Ville et Santiago d'ici la fin de 2026. Le Chili continuera d'accorder chaque année 20 bourses "
            + "d'études à des étudiants vietnamiens en génie minier et en énergies renouvelables.";
    static final String GERMAN = "Gemeinsame Erklärung zwischen der Sozialistischen Republik Vietnam und der Republik "
            + "Chile. Die beiden Seiten vereinbarten, den regelmäßigen Austausch von Delegationen auf hoher Ebene "
            + "fortzusetzen und im Jahr 2025 die fünfte Runde der politischen Konsultationen zwischen den beiden "
            + "Außenministerien abzuhalten. Die beiden Seiten vereinbarten, den bilateralen Handel bis 2027 auf 3 "
            + "Milliarden US-Dollar zu steigern und das Freihandelsabkommen zwischen Vietnam und Chile voll zu nutzen. "
            + "Die beiden Seiten vereinbarten, die Eröffnung einer direkten Flugverbindung zwischen Ho-Chi-Minh-Stadt und "
            + "Santiago bis Ende 2026 zu prüfen. Chile wird weiterhin jedes Jahr 20 Stipendien an vietnamesische "
            + "Studierende in den Bereichen Bergbau und erneuerbare Energien vergeben.";
    static final String SPANISH = "Declaración conjunta entre la República Socialista de Viet Nam y la República de "
            + "Chile. Ambas partes acordaron mantener intercambios regulares de delegaciones de alto nivel y celebrar en "
            + "2025 la quinta ronda de consultas políticas entre los dos Ministerios de Relaciones Exteriores. Ambas "
            + "partes acordaron elevar el comercio bilateral a 3.000 millones de dólares para 2027 y aprovechar "
            + "plenamente el Tratado de Libre Comercio entre Viet Nam y Chile. Ambas partes acordaron estudiar la "
            + "apertura de una ruta aérea directa entre la Ciudad Ho Chi Minh y Santiago para finales de 2026. Chile "
            + "seguirá otorgando cada año 20 becas a estudiantes vietnamitas en ingeniería de minas y energías "
            + "renovables. Las dos partes subrayaron la importancia de mantener la paz, la estabilidad y la libertad de "
            + "navegación en el Mar del Este, de conformidad con el derecho internacional.";
    static final String PORTUGUESE = "Declaração conjunta entre a República Socialista do Vietname e a República do "
            + "Chile. As duas partes acordaram manter intercâmbios regulares de delegações de alto nível e realizar em "
            + "2025 a quinta ronda de consultas políticas entre os dois Ministérios dos Negócios Estrangeiros. As duas "
            + "partes acordaram elevar o comércio bilateral para 3 mil milhões de dólares até 2027 e tirar pleno "
            + "partido do Acordo de Comércio Livre entre o Vietname e o Chile. As duas partes acordaram estudar a "
            + "abertura de uma ligação aérea direta entre a Cidade de Ho Chi Minh e Santiago até ao final de 2026. O "
            + "Chile continuará a conceder todos os anos 20 bolsas de estudo a estudantes vietnamitas nas áreas da "
            + "engenharia de minas e das energias renováveis. As duas partes sublinharam a importância de manter a paz "
            + "e a liberdade de navegação no Mar do Leste, em conformidade com o direito internacional, e concordaram "
            + "em apoiar-se mutuamente nas candidaturas aos fóruns multilaterais, com destaque para as Nações Unidas.";
    static final String ITALIAN = "Dichiarazione congiunta tra la Repubblica Socialista del Vietnam e la Repubblica "
            + "del Cile. Le due parti hanno convenuto di mantenere scambi regolari di delegazioni di alto livello e di "
            + "tenere nel 2025 il quinto ciclo di consultazioni politiche tra i due Ministeri degli Affari Esteri. Le "
            + "due parti hanno convenuto di portare l'interscambio commerciale a 3 miliardi di dollari entro il 2027 e "
            + "di sfruttare pienamente l'Accordo di libero scambio tra il Vietnam e il Cile. Le due parti hanno "
            + "convenuto di studiare l'apertura di un collegamento aereo diretto tra la Città di Ho Chi Minh e Santiago "
            + "entro la fine del 2026. Il Cile continuerà a concedere ogni anno 20 borse di studio a studenti "
            + "vietnamiti nei settori dell'ingegneria mineraria e delle energie rinnovabili. Le due parti hanno "
            + "sottolineato l'importanza di mantenere la pace e la libertà di navigazione nel Mare Orientale, in "
            + "conformità con il diritto internazionale.";
    static final String RUSSIAN = "Совместное заявление Социалистической Республики Вьетнам и Республики Чили. "
            + "Стороны договорились поддерживать регулярные обмены делегациями высокого уровня и провести в 2025 году "
            + "пятый раунд политических консультаций между министерствами иностранных дел двух стран.";
    static final String CHINESE = "越南社会主义共和国与智利共和国联合声明。双方同意保持高层代表团定期互访，并于2025年举行两国外交部"
            + "第五轮政治磋商。双方同意到2027年将双边贸易额提高到30亿美元，并充分利用越南—智利自由贸易协定。";
    static final String JAPANESE = "ベトナム社会主義共和国とチリ共和国の共同声明。双方は、ハイレベル代表団の定期的な交流を維持し、"
            + "2025年に両国外務省間の第5回政治協議を開催することで合意した。";
    static final String KOREAN = "베트남 사회주의 공화국과 칠레 공화국 간의 공동 성명. 양측은 고위급 대표단의 정기적인 교류를 유지하고 "
            + "2025년에 양국 외교부 간 제5차 정책 협의를 개최하기로 합의하였다.";

    @ParameterizedTest
    @CsvSource({"FRENCH, French", "GERMAN, German", "SPANISH, Spanish", "PORTUGUESE, Portuguese",
        "ITALIAN, Italian", "RUSSIAN, Cyrillic script", "CHINESE, Chinese", "JAPANESE, Japanese", "KOREAN, Korean"})
    void aStatementInAnotherLanguageIsNamed(String text, String language) throws Exception {
        String statement = (String) OtherLanguageTest.class.getDeclaredField(text).get(null);
        assertThat(OtherLanguage.of(statement)).contains(language);
    }

    @Test
    void englishAndVietnameseStatementsAreNotRefused() throws Exception {
        for (String sample : new String[] {"viet-nam-chile-2025.txt", "viet-nam-hungary-2025.txt"}) {
            assertThat(OtherLanguage.of(Files.readString(Path.of("resources/sample", sample)))).as(sample).isEmpty();
        }
    }

    @Test
    void vietnameseWithoutItsMarksIsNotTakenForARomanceLanguage() {
        String unmarked = "Hai ben nhat tri tang cuong hop tac kinh te, van hoa, giao duc va y te. Viet Nam va Chile "
                + "se ky ket ban ghi nho ve hop tac nong nghiep trong nam 2026. Hai ben da trao doi ve tinh hinh the "
                + "gioi va khu vuc, nhat tri rang hoa binh, on dinh la loi ich chung. Do do hai ben se de xuat cac "
                + "bien phap de day manh dau tu, du lich va giao luu nhan dan; con em cua hai nuoc se duoc cap hoc "
                + "bong. Cac tinh Ben Tre, Can Tho, Da Nang, Ca Mau, Dong Nai, Dong Thap se la dia ban uu tien. Hai "
                + "ben nhat tri tang cuong hop tac y te, da dang hoa thuong mai va thuc day dau tu vao nang luong tai "
                + "tao, do la nhung linh vuc co tiem nang lon cho ca hai ben.";
        assertThat(OtherLanguage.of(unmarked)).isEmpty();
    }

    @Test
    void aBilingualStatementAndAFewForeignWordsAreNotRefused() throws Exception {
        String english = Files.readString(Path.of("resources/sample/viet-nam-chile-2025.txt"));
        assertThat(OtherLanguage.of(english + "\n\n" + FRENCH)).isEmpty();
        assertThat(OtherLanguage.of(english + "\n\n" + CHINESE)).isEmpty();
        assertThat(OtherLanguage.of("Le café et les croissants – déjà vu, à la carte.")).isEmpty();
    }
}
