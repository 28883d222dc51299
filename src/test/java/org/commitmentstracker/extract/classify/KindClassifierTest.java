package org.commitmentstracker.extract.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.commitmentstracker.model.UnitKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sentences written for this test (not from the seed statements), with the rubric's class. */
class KindClassifierTest {
    static final KindClassifier CLASSIFIER = new KindClassifier();

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
        "The two sides agreed to open a direct air route between Ha Noi and Lima.|COMMITMENT",
        "Both countries will hold the third meeting of the Joint Committee in Lima.|COMMITMENT",
        "The leaders decided to upgrade relations to a Strategic Partnership.|COMMITMENT",
        "The Peruvian side supports Viet Nam's candidacy to the Human Rights Council.|COMMITMENT",
        "The two sides encouraged their businesses to invest in renewable energy.|COMMITMENT",
        "President Boric invited the Prime Minister to visit Chile; the invitation was accepted with pleasure.|COMMITMENT",
        "The two sides expressed their desire to expand cooperation in mining.|COMMITMENT",
        "The two sides stressed the importance of free trade and a rules-based order.|POSITION",
        "The two sides expressed concern about the situation in the region.|POSITION",
        "The two leaders exchanged views on regional issues of common concern.|POSITION",
        "The two leaders agreed that the visit was a milestone in bilateral relations.|POSITION",
        "The two sides expressed their belief that the partnership will bring benefits to both peoples.|POSITION",
        "The President paid a State visit to Viet Nam from 3 to 5 May 2025 and held talks with the Prime Minister.|CONTEXT",
        "Two-way trade reached USD 2 billion in 2024.|CONTEXT",
        "The two countries have continued to expand cooperation in education since 2015.|CONTEXT",
        "The delegation discussed measures to promote tourism.|CONTEXT",
        "The two leaders pledged to work together towards a free and open Indo-Pacific.|COMMITMENT",
        "The Prime Ministers instructed their ministries to finalise the agreement on labour.|COMMITMENT",
        "The Japanese side reaffirmed its commitment to providing ODA for infrastructure.|COMMITMENT",
        "Both leaders concurred to launch negotiations on a digital economy agreement.|COMMITMENT",
        "The two sides called for restraint and the peaceful settlement of disputes.|POSITION",
        "Hai bên nhất trí nâng kim ngạch thương mại lên 200 triệu USD.|COMMITMENT",
        "Phía Nhật Bản khẳng định sẵn sàng hỗ trợ Việt Nam phát triển nguồn nhân lực.|COMMITMENT",
        "Hai Thủ tướng chỉ đạo các bộ, ngành liên quan sớm hoàn tất đàm phán hiệp định.|COMMITMENT",
        "Hai bên kêu gọi các bên liên quan kiềm chế.|POSITION",
        "Hai nước sẽ tổ chức Năm hữu nghị vào năm 2026.|COMMITMENT",
        "Hai bên tiếp tục phối hợp chặt chẽ tại các diễn đàn đa phương.|COMMITMENT",
        "Phía Lào ủng hộ Việt Nam ứng cử vào Hội đồng Bảo an.|COMMITMENT",
        "Hai bên khẳng định tầm quan trọng của hòa bình và ổn định ở khu vực.|POSITION",
        "Thủ tướng đánh giá cao những thành tựu mà hai nước đã đạt được.|POSITION",
        "Hai Thủ tướng đã hội đàm tại Hà Nội trong bầu không khí hữu nghị.|CONTEXT",
        "Hai bên đã tăng cường hợp tác giáo dục trong nhiều năm qua.|CONTEXT",
        // a lead-in that tasks a body with the list below it
        "The two Heads of State directed the Joint Commission to:|COMMITMENT",
        // what one side said it will do, in a statement of both
        "Bilateral trade reached USD 265 million in 2025. The Luxembourg side said it will continue to urge the ratification.|COMMITMENT",
        // one side reports its news, the other undertakes something in answer
        "Phía Turkmenistan thông báo quyết định mở Đại sứ quán tại Hà Nội; phía Việt Nam hoan nghênh và sẵn sàng tạo mọi điều kiện thuận lợi.|COMMITMENT",
        "Turkmenistan informed of its decision to open an embassy in Ha Noi; Viet Nam stands ready to facilitate its early operation.|COMMITMENT",
        "Phía Việt Nam thông báo về kết quả Đại hội Đảng; phía Turkmenistan chúc mừng.|CONTEXT",
        // an invitation accepted for a visit still to come
        "Tổng thống Mnangagwa đã nhận lời mời của Chủ tịch nước thăm Việt Nam vào năm 2027.|COMMITMENT",
        "Nhận lời mời của Tổng thống Zimbabwe, Chủ tịch nước thăm cấp nhà nước Zimbabwe từ ngày 18 đến 20/11/2026.|CONTEXT",
        "The President thanked his hosts and extended an invitation to President Molefhe to pay a State Visit to Viet Nam. The invitation was accepted.|COMMITMENT",
        // a department made the plan's focal point
        "Hai Bên giao Vụ châu Âu (Bộ Ngoại giao) làm đầu mối theo dõi, đôn đốc thực hiện Kế hoạch.|COMMITMENT",
    })
    void paragraphsGetTheirClass(String text, UnitKind expected) {
        String language = text.matches(".*[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ].*") ? "vi" : "en";
        assertThat(CLASSIFIER.classify(text, language, false, null).kind()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{2}: {0}")
    @CsvSource(delimiter = '|', value = {
        "Continue to exchange delegations at all levels.|COMMITMENT|COMMITMENT",
        "Further strengthen cooperation in agriculture.|COMMITMENT|COMMITMENT",
        "Note with pleasure the growth of tourism and support more direct flights.|COMMITMENT|COMMITMENT",
        "Recognize the changes in the world economy.|COMMITMENT|POSITION",
        "Support the strategic importance of cooperation in education.|COMMITMENT|POSITION",
        "Trade grew and businesses coordinate effectively.|CONTEXT|CONTEXT",
        "Tăng cường hợp tác giữa các địa phương hai nước.|COMMITMENT|COMMITMENT",
    })
    void listItemsInTheImperativeAreCommitmentsUnderACommitmentLeadIn(String text, UnitKind leadIn, UnitKind expected) {
        String language = text.startsWith("Tăng") ? "vi" : "en";
        assertThat(CLASSIFIER.classify(text, language, true, leadIn).kind()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '#', value = {
        // an action table's numbered row reads as its action cell, in the imperative
        "3 | Convene the Joint Working Group on trade | MOIT / MDIC | 2027#COMMITMENT",
        "12 | Receive a delegation of the Ministry of Health | MOH | Annually#COMMITMENT",
        "2 | Tổ chức Diễn đàn doanh nghiệp hai nước | VCCI | Quý III/2026#COMMITMENT",
        "2019 | 4.1 | 5.3#CONTEXT",
        // verbs that commit only opening an item, and the -ing form of a commitment verb there
        "Host the third Defence Policy Dialogue in Lima;#COMMITMENT",
        "organising the first business forum adopted in principle in 2024;#COMMITMENT",
        "Tiếp nhận học viên quân sự sang đào tạo tại các học viện;#COMMITMENT",
        "Hợp tác phòng chống tội phạm xuyên quốc gia và buôn bán người.#COMMITMENT",
        "Strengthening mutual trust remains one of the priorities of both countries.#POSITION",
        // a topic label over the items below it
        "Về hợp tác văn hóa, du lịch:#HEADING",
        "On trade and investment:#HEADING",
    })
    void itemsAndTableRows(String text, UnitKind expected) {
        String language = text.matches(".*[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ].*") ? "vi" : "en";
        assertThat(CLASSIFIER.classify(text, language, !text.contains("|"), null).kind()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
        // a participle dates something done, it is not a side's act
        "The two sides welcomed the Agreement on Fisheries, signed in March 2023.|POSITION",
        "The leaders met on the occasion of the tenth anniversary of the Partnership established in May 2015.|CONTEXT",
        // a report of one side, the other side's plan, the day's programme, adopting the text itself
        "The Peruvian side informed that it will host the regional summit in 2027.|CONTEXT",
        "Phía Peru thông báo về kế hoạch tổ chức hội nghị và khẳng định sẽ tiếp tục mời doanh nghiệp Việt Nam.|CONTEXT",
        "Peru welcomes Viet Nam's plans to open a trade office in Lima.|POSITION",
        "Later that day, the President will attend a business forum in Lima.|CONTEXT",
        "Chiều cùng ngày, Chủ tịch nước sẽ dự lễ khánh thành trung tâm văn hóa.|CONTEXT",
        "Have resolved to adopt this Programme of Cooperation for 2026-2030:|CONTEXT",
        "Hai bên quyết định thông qua Kế hoạch hành động này.|CONTEXT",
        "On the occasion of the visit, the two Ministers signed the following Plan of Action in Budapest on 23 April 2026.|CONTEXT",
        // a leader's programme on a day of the visit
        "On Wednesday, President Nandi-Ndaitwah will meet the Prime Minister and visit a seafood plant before leaving for home.|CONTEXT",
        "Sáng 25/9, Thủ tướng sẽ thăm Khu thương mại tự do, gặp gỡ cộng đồng người Việt Nam tại đây.|CONTEXT",
        "Trong ngày 19/11, Chủ tịch nước sẽ thăm Đại học Zimbabwe trước khi kết thúc chuyến thăm.|CONTEXT",
        "The President held talks with his host in Ha Noi. On 26 March, President Pellegrini will visit Quang Ninh.|CONTEXT",
        // what is appreciated, and a wish
        "Hai Thủ tướng vui mừng nhận thấy quan hệ phát triển; đánh giá cao việc hai nước duy trì trao đổi đoàn.|POSITION",
        "Thủ tướng Malta chúc Việt Nam tổ chức thành công Năm APEC 2027 tại Phú Quốc.|POSITION",
        // a lead-in that only introduces the list below it
        "The two sides agreed to enhance cooperation in the following areas:|HEADING",
    })
    void wordsThatLookLikeCommitmentsButAreNot(String text, UnitKind expected) {
        String language = text.matches(".*[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ].*") ? "vi" : "en";
        UnitKind got = KindClassifier.onlyIntroducesList(text) ? UnitKind.HEADING : CLASSIFIER.classify(text, language, false, null).kind();
        assertThat(got).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The two sides agreed to hold consultations.|agreed to",
        "Hai bên sẽ ký hiệp định.|sẽ",
    })
    void theDecisionNamesItsCue(String text, String cue) {
        String language = text.startsWith("Hai") ? "vi" : "en";
        assertThat(CLASSIFIER.classify(text, language, false, null).cue()).isEqualTo(cue);
    }
}
