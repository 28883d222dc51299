package org.commitmentstracker.bench;

import java.util.List;
import java.util.Random;

/**
 * Realistic made-up joint statements for benchmarks: a title, a dated opening, Roman sections
 * with numbered paragraphs of two to four sentences and dashed bullets, in English or
 * Vietnamese. Each statement differs (its title is numbered, so content hashes differ) and the
 * same seed gives the same text.
 */
public final class SyntheticStatements {
    private static final List<String> PARTNERS = List.of("Chile", "Peru", "Hungary", "Kazakhstan", "Mongolia",
            "Australia", "New Zealand", "Brazil", "Indonesia", "Poland");
    private static final List<String> FIELDS_EN = List.of("trade and investment", "agriculture and fisheries",
            "education and training", "defence and security", "science and technology", "transport and logistics",
            "energy and mining", "culture and tourism", "health", "climate change");
    private static final List<String> FIELDS_VI = List.of("thương mại, đầu tư", "nông nghiệp, thủy sản",
            "giáo dục, đào tạo", "quốc phòng, an ninh", "khoa học, công nghệ", "giao thông vận tải",
            "năng lượng, khoáng sản", "văn hóa, du lịch", "y tế", "ứng phó biến đổi khí hậu");
    private static final List<String> VERBS_EN = List.of("agreed to strengthen", "will promote", "agreed to expand",
            "decided to study the possibility of deepening", "expressed their desire to enhance");

    private final Random random;

    public SyntheticStatements(long seed) {
        this.random = new Random(seed);
    }

    /** A statement of about {@code targetChars} characters. */
    public String statement(int index, boolean vietnamese, int targetChars) {
        String partner = PARTNERS.get(index % PARTNERS.size());
        int year = 2024 + index % 3;
        StringBuilder text = new StringBuilder();
        text.append(vietnamese ? "Tuyên bố chung Việt Nam - " + partner + " số " + index
                : "Joint Statement between Viet Nam and " + partner + " No. " + index).append("\n\n");
        text.append(vietnamese
                ? "1. Nhận lời mời của Tổng thống " + partner + ", Chủ tịch nước đã thăm cấp nhà nước từ ngày 10 đến ngày 12/3/" + year + ".\n\n"
                : "1. At the invitation of the President of " + partner + ", the President of Viet Nam paid a State visit from 10 to 12 March " + year + ".\n\n");
        int paragraph = 2;
        int section = 1;
        while (text.length() < targetChars) {
            int f = random.nextInt(FIELDS_EN.size());
            text.append(roman(section++)).append(". ")
                    .append(vietnamese ? "Hợp tác " + FIELDS_VI.get(f) : "Cooperation in " + FIELDS_EN.get(f)).append("\n\n");
            for (int i = 0; i < 3 && text.length() < targetChars; i++) {
                // Real paragraphs hold two to four sentences.
                text.append(paragraph++).append(". ");
                int sentences = 2 + random.nextInt(3);
                for (int k = 0; k < sentences; k++) {
                    text.append(k == 0 ? "" : " ").append(sentence(vietnamese, f, year, index));
                }
                text.append("\n\n");
            }
            text.append(vietnamese ? "- Tăng cường trao đổi đoàn chuyên gia về " + FIELDS_VI.get(f) + ".\n"
                    : "- Continue to exchange expert delegations on " + FIELDS_EN.get(f) + ".\n");
            text.append(vietnamese ? "- Hai bên khẳng định tầm quan trọng của hợp tác " + FIELDS_VI.get(f) + ".\n\n"
                    : "- The two sides stressed the importance of cooperation in " + FIELDS_EN.get(f) + ".\n\n");
        }
        return text.toString();
    }

    String sentence(boolean vietnamese, int field, int year, int index) {
        int amount = 100 + random.nextInt(900);
        // As in real statements, few sentences carry a date or a figure: about one in six each.
        if (vietnamese) {
            return switch (Math.min(random.nextInt(6), 3)) {
                case 0 -> "Hai bên nhất trí tăng cường hợp tác " + FIELDS_VI.get(field) + ", phấn đấu đạt " + amount
                        + " triệu USD vào năm " + (year + 2) + ".";
                case 1 -> "Hai bên khẳng định tầm quan trọng của hợp tác " + FIELDS_VI.get(field)
                        + " đối với quan hệ hai nước.";
                case 2 -> "Hai bên sẽ ký kết bản ghi nhớ về hợp tác " + FIELDS_VI.get(field) + " trong quý III/"
                        + (year + 1) + ".";
                default -> "Hai bên nhất trí thúc đẩy trao đổi kinh nghiệm, chia sẻ thông tin và tăng cường kết nối "
                        + "giữa các cơ quan, doanh nghiệp hai nước trong lĩnh vực " + FIELDS_VI.get(field) + ".";
            };
        }
        return switch (Math.min(random.nextInt(6), 3)) {
            case 0 -> "The two sides " + VERBS_EN.get(random.nextInt(VERBS_EN.size())) + " cooperation in "
                    + FIELDS_EN.get(field) + ", aiming at USD " + amount + " million by " + (year + 2) + ".";
            case 1 -> "The two sides stressed the importance of cooperation in " + FIELDS_EN.get(field)
                    + " for peace, stability and development in the region and the world.";
            case 2 -> "Viet Nam and the partner will sign a memorandum of understanding on " + FIELDS_EN.get(field)
                    + " in the first half of " + (year + 1) + ".";
            default -> "The two sides " + VERBS_EN.get(random.nextInt(VERBS_EN.size())) + " the exchange of experience, "
                    + "information and delegations between their agencies and businesses in " + FIELDS_EN.get(field) + ".";
        };
    }

    private static String roman(int n) {
        String[] numerals = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII",
            "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX"};
        return numerals[(n - 1) % numerals.length];
    }
}
