package org.commitmentstracker.extract.meta;

import java.time.LocalDate;
import java.util.List;

/**
 * What a statement says about itself.
 *
 * @param title        the title line, verbatim
 * @param partners     the countries that made the statement with Viet Nam, by English short name
 * @param date         the day it was adopted, else the last day of the visit; null when the text does not tell
 * @param place        the city where it was adopted or the talks were held, or null
 * @param language     "en" or "vi"
 * @param source       the URL of a closing "Source: URL" / "Nguồn: URL" line, or null
 * @param relationship the relationship level as written ("Strategic Partnership", "Đối tác Toàn diện"), or null
 */
public record StatementMetadata(String title, List<String> partners, LocalDate date, String place, String language,
                                String source, String relationship) {
    public StatementMetadata {
        partners = List.copyOf(partners);
    }
}
