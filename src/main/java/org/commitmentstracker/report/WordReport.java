package org.commitmentstracker.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.commitmentstracker.model.CommitmentAsOf;
import org.commitmentstracker.model.ReportPeriod;
import org.commitmentstracker.model.Status;
import org.commitmentstracker.store.ReportQueries;

/**
 * The quarterly report as a Vietnamese administrative document (.docx, Decree 30/2020/NĐ-CP): the issuing
 * agency and the national heading, "Số: …/BC-…", place and date, BÁO CÁO and its subject; I. the figures; II. one
 * section per partner (completed in the period, on track, at risk or overdue, each with its latest progress note);
 * III. what falls due next quarter; IV. proposals; "Nơi nhận" and the signature. Worked out from the same queries
 * and figures as the workbook, at the same moments, so a past period gives the same document whenever it is run.
 */
public final class WordReport {
    /** The header table's columns and the signature table's, in twips. */
    private static final int HEADER_LEFT = 4050;
    private static final int HEADER_RIGHT = WordDocument.TEXT_WIDTH - HEADER_LEFT;
    private static final int SIGN_LEFT = 4400;
    private static final int SIGN_RIGHT = WordDocument.TEXT_WIDTH - SIGN_LEFT;
    private static final double HEADING_SIZE = 13;

    private final ReportQueries queries;
    private final Clock clock;
    private final WholeFile files;

    public WordReport(ReportQueries queries, Clock clock) {
        this(queries, clock, WholeFile.ON_DISK);
    }

    WordReport(ReportQueries queries, Clock clock, WholeFile files) {
        this.queries = queries;
        this.clock = clock;
        this.files = files;
    }

    /** One partner's commitments in the three lists of its section. */
    private static final class PartnerPart {
        final List<CommitmentAsOf> completed = new ArrayList<>();
        final List<CommitmentAsOf> onTrack = new ArrayList<>();
        final List<CommitmentAsOf> atRisk = new ArrayList<>();
        int total;
    }

    public WordSummary write(WordReportRequest wordRequest, Path out, ReportProgress progress) throws IOException {
        ReportRequest request = wordRequest.report();
        ZoneId zone = clock.getZone();
        ReportWords words = new ReportWords(request.language());
        ReportMoments moments = ReportMoments.of(request, zone);
        LocalDate day = request.asOf();
        ReportPeriod nextQuarter = request.period().nextQuarter();
        var completedInPeriod = queries.statusSetBetween(Status.COMPLETED, moments.periodStart(), moments.periodEnd());
        ReportFigures figures = new ReportFigures(day, completedInPeriod, queries.repeating(), words.get("noOwner"),
                request.language());
        Map<String, PartnerPart> partners = new TreeMap<>(ReportFigures.order(request.language()));
        List<CommitmentAsOf> dueNext = new ArrayList<>();
        queries.forEachAsOf(moments.asOf(), day, c -> {
            if (!request.scope().includes(c)) {
                return;
            }
            figures.add(c);
            for (String partner : c.partners()) {
                PartnerPart part = partners.computeIfAbsent(words.partner(partner), k -> new PartnerPart());
                part.total++;
                if (c.status() == Status.COMPLETED && completedInPeriod.contains(c.commitmentId())) {
                    part.completed.add(c);
                } else if (c.status() == Status.AT_RISK || c.isOverdue(day)) {
                    part.atRisk.add(c);
                } else if (!c.status().isClosed()) {
                    part.onTrack.add(c);
                }
            }
            if (!c.status().isClosed() && nextQuarter.contains(c.deadline())) {
                dueNext.add(c);
            }
            if (figures.total % 500 == 0) {
                // How many there are is known only at the end: a negative total says so.
                progress.written(figures.total, -1);
            }
            QuarterlyReport.stopIfCancelled(progress);
        });
        dueNext.sort(Comparator.comparing(CommitmentAsOf::deadline).thenComparing(CommitmentAsOf::ref,
                Comparator.nullsFirst(Comparator.naturalOrder())));

        Writer writer = new Writer(words, wordRequest, zone);
        writer.heading(LocalDate.now(clock));
        writer.figures(figures);
        writer.partners(partners, figures.repeatsByPartner);
        writer.dueNext(nextQuarter, dueNext);
        writer.proposals();
        writer.recipientsAndSignature();
        QuarterlyReport.stopIfCancelled(progress);
        files.write(writer.doc::write, out);
        progress.written(figures.total, figures.total);
        return new WordSummary(out, figures.total, partners.size(), figures.overdue, dueNext.size());
    }

    /** Lays the document out, part by part. */
    private static final class Writer {
        final WordDocument doc = new WordDocument();
        private final ReportWords words;
        private final ReportRequest request;
        private final WordLetter letter;
        private final ZoneId zone;
        private final Locale locale;

        Writer(ReportWords words, WordReportRequest wordRequest, ZoneId zone) {
            this.words = words;
            this.request = wordRequest.report();
            this.letter = wordRequest.letter();
            this.zone = zone;
            this.locale = "vi".equals(request.language()) ? Locale.forLanguageTag("vi") : Locale.ENGLISH;
        }

        /** The two-column heading, then BÁO CÁO and the subject line. */
        void heading(LocalDate issuedOn) {
            ReportHeader header = request.header();
            XWPFTable table = doc.layoutTable(HEADER_LEFT, HEADER_RIGHT);
            XWPFTableCell left = table.getRow(0).getCell(0);
            XWPFTableCell right = table.getRow(0).getCell(1);
            String organisation = header.organisation().isBlank() ? words.get("word.agency.default")
                    : header.organisation();
            String[] lines = organisation.strip().toUpperCase(locale).split("\\s*\\R\\s*");
            for (int i = 0; i < lines.length; i++) {
                // As the decree has it: the superior agency in plain capitals, the issuing one in bold.
                WordDocument.run(WordDocument.centred(left, i == 0), lines[i], HEADING_SIZE - 1,
                        i == lines.length - 1, false);
            }
            WordDocument.rule(WordDocument.centred(left, false), HEADER_LEFT / 3, HEADER_LEFT);
            XWPFParagraph number = WordDocument.centred(left, false);
            number.setSpacingBefore(120);
            WordDocument.run(number, documentNumber(), HEADING_SIZE, false, false);

            WordDocument.run(WordDocument.centred(right, true), words.get("national.line1").toUpperCase(locale),
                    HEADING_SIZE - 1, true, false);
            WordDocument.run(WordDocument.centred(right, false), words.get("national.line2"), HEADING_SIZE, true,
                    false);
            WordDocument.rule(WordDocument.centred(right, false), HEADER_RIGHT * 6 / 10, HEADER_RIGHT);
            XWPFParagraph date = WordDocument.centred(right, false);
            date.setSpacingBefore(120);
            WordDocument.run(date, words.placeAndDate(header.place(), issuedOn), WordDocument.BODY_SIZE, false, true);

            XWPFParagraph title = doc.centred();
            title.setSpacingBefore(480);
            // The kind of document, as the decree has it; the subject line says what about.
            WordDocument.run(title, words.get("word.title"), WordDocument.BODY_SIZE, true, false);
            WordDocument.run(doc.centred(), words.format("word.subject", period(request.period())),
                    WordDocument.BODY_SIZE, true, false);
            XWPFParagraph underSubject = doc.centred();
            WordDocument.rule(underSubject, WordDocument.TEXT_WIDTH / 4, WordDocument.TEXT_WIDTH);
            underSubject.setSpacingAfter(240);
        }

        /** "Số: 15/BC-BNG": as typed; a bare number gets "/BC-" and the abbreviation; blank leaves it to fill in. */
        private String documentNumber() {
            String number = request.header().documentNumber();
            if (number.isEmpty() || number.matches("\\d+")) {
                String suffix = "/BC-" + letter.abbreviation();
                return words.format("documentNumber", (number.isEmpty() ? "     " : number) + suffix);
            }
            return words.documentNumber(number);
        }

        /** "quý IV năm 2026" / "Q4 2026", or "từ ngày … đến ngày …". */
        private String period(ReportPeriod period) {
            if (!ReportWords.isQuarter(period)) {
                return words.format("word.period.range", ReportWords.date(period.from()), ReportWords.date(period.to()));
            }
            int number = (period.from().getMonthValue() - 1) / 3 + 1;
            return words.format("word.period.quarter", String.valueOf(number), List.of("I", "II", "III", "IV")
                    .get(number - 1), String.valueOf(period.from().getYear()));
        }

        void figures(ReportFigures figures) {
            section("word.section.figures");
            XWPFParagraph intro = doc.body();
            intro.setSpacingAfter(120);
            WordDocument.run(intro, words.format("word.figures.intro", ReportWords.date(request.asOf()),
                    figures.total, figures.completedThisPeriod, figures.overdue), WordDocument.BODY_SIZE, false, false);
            Status[] statuses = Status.values();
            XWPFTable table = doc.gridTable(statuses.length + 4, 4600, 2000);
            int row = 0;
            cells(table, row++, true, words.get("word.figures.status"), words.get("word.figures.count"));
            for (Status status : statuses) {
                cells(table, row++, false, words.status(status), String.valueOf(figures.count(status)));
            }
            cells(table, row++, true, words.get("word.figures.total"), String.valueOf(figures.total));
            cells(table, row++, false, words.get("word.figures.overdue"), String.valueOf(figures.overdue));
            cells(table, row, false, words.get("word.figures.completedInPeriod"),
                    String.valueOf(figures.completedThisPeriod));
        }

        private void cells(XWPFTable table, int row, boolean bold, String name, String count) {
            XWPFParagraph first = table.getRow(row).getCell(0).getParagraphs().get(0);
            WordDocument.spacing(first, 40, 40);
            WordDocument.run(first, name, HEADING_SIZE, bold, false);
            XWPFParagraph second = table.getRow(row).getCell(1).getParagraphs().get(0);
            WordDocument.spacing(second, 40, 40);
            second.setAlignment(ParagraphAlignment.CENTER);
            WordDocument.run(second, count, HEADING_SIZE, bold, false);
        }

        void partners(Map<String, PartnerPart> partners, Map<String, Integer> repeats) {
            section("word.section.partners");
            int number = 1;
            for (Map.Entry<String, PartnerPart> entry : partners.entrySet()) {
                PartnerPart part = entry.getValue();
                XWPFParagraph name = doc.body();
                name.setKeepNext(true);
                WordDocument.run(name, words.format("word.partner", String.valueOf(number++), entry.getKey(),
                        part.total), WordDocument.BODY_SIZE, true, false);
                int repeated = repeats.getOrDefault(entry.getKey(), 0);
                if (repeated > 0) {
                    // A repeat often means the earlier undertaking was not carried out.
                    WordDocument.run(doc.body(), words.format("word.partner.repeats", repeated),
                            WordDocument.BODY_SIZE, false, true);
                }
                list("word.partner.completed", part.completed);
                list("word.partner.onTrack", part.onTrack);
                list("word.partner.atRisk", part.atRisk);
            }
            if (partners.isEmpty()) {
                WordDocument.run(doc.body(), words.get("word.partner.none"), WordDocument.BODY_SIZE, false, false);
            }
        }

        private void list(String key, List<CommitmentAsOf> commitments) {
            XWPFParagraph heading = doc.body();
            heading.setKeepNext(true);
            WordDocument.run(heading, words.format(key, commitments.size()), WordDocument.BODY_SIZE, false, true);
            if (commitments.isEmpty()) {
                WordDocument.run(doc.body(), words.get("word.partner.none"), WordDocument.BODY_SIZE, false, false);
            }
            for (CommitmentAsOf c : commitments) {
                XWPFParagraph item = doc.body();
                item.setKeepNext(true);
                WordDocument.run(item, words.format("word.item", c.text().strip(),
                        ReportWords.date(c.statementDate()), ref(c), owner(c), deadline(c)),
                        WordDocument.BODY_SIZE, false, false);
                XWPFParagraph reason = doc.body();
                reason.setSpacingBefore(0);
                WordDocument.run(reason, reason(c), WordDocument.BODY_SIZE, false, true);
            }
        }

        private String ref(CommitmentAsOf c) {
            // "¶13" as stored reads "đoạn 13" / "para. 13".
            return c.ref() == null ? "" : c.ref().replaceFirst("^¶\\s*", "");
        }

        private String owner(CommitmentAsOf c) {
            return c.owner() == null ? words.get("noOwner") : c.owner().name(request.language());
        }

        private String deadline(CommitmentAsOf c) {
            if (c.deadline() == null) {
                return words.get("word.item.noDeadline");
            }
            String date = ReportWords.date(c.deadline());
            return c.isOverdue(request.asOf())
                    ? date + ", " + words.format("word.item.overdue", c.daysOverdue(request.asOf())) : date;
        }

        /** The latest progress note by then, with its date. */
        private String reason(CommitmentAsOf c) {
            if (c.latestUpdate() == null || c.latestUpdate().isBlank()) {
                return words.get("word.reason.none");
            }
            return words.format("word.reason", c.latestUpdate().strip(),
                    ReportWords.date(c.latestUpdateAt().atZone(zone).toLocalDate()));
        }

        void dueNext(ReportPeriod nextQuarter, List<CommitmentAsOf> due) {
            section("word.section.next");
            String when = period(nextQuarter);
            if (due.isEmpty()) {
                WordDocument.run(doc.body(), words.format("word.next.none", when), WordDocument.BODY_SIZE, false, false);
                return;
            }
            WordDocument.run(doc.body(), words.format("word.next.intro", when, due.size()), WordDocument.BODY_SIZE,
                    false, false);
            for (CommitmentAsOf c : due) {
                WordDocument.run(doc.body(), words.format("word.next.item", words.partners(c.partners()),
                        c.text().strip(), ref(c), owner(c), deadline(c)), WordDocument.BODY_SIZE, false, false);
            }
        }

        void proposals() {
            section("word.section.proposals");
            if (letter.proposals().isEmpty()) {
                WordDocument.run(doc.body(), words.get("word.proposals.none"), WordDocument.BODY_SIZE, false, false);
                return;
            }
            for (String paragraph : letter.proposals().split("\\s*\\R\\s*")) {
                if (!paragraph.isEmpty()) {
                    WordDocument.run(doc.body(), paragraph, WordDocument.BODY_SIZE, false, false);
                }
            }
        }

        /** "Nơi nhận" at the bottom left, the signer at the bottom right. */
        void recipientsAndSignature() {
            XWPFParagraph gap = doc.body();
            gap.setKeepNext(true);
            XWPFTable table = doc.layoutTable(SIGN_LEFT, SIGN_RIGHT);
            table.getRow(0).setCantSplitRow(true);
            XWPFTableCell left = table.getRow(0).getCell(0);
            XWPFParagraph heading = left.getParagraphs().get(0);
            WordDocument.spacing(heading, 0, 0);
            WordDocument.run(heading, words.get("word.recipients"), 12, true, true);
            String recipients = letter.recipients().isEmpty() ? words.format("word.recipients.default",
                    letter.abbreviation().isEmpty() ? "" : ", " + letter.abbreviation()) : letter.recipients();
            for (String line : recipients.split("\\s*\\R\\s*")) {
                XWPFParagraph p = left.addParagraph();
                WordDocument.spacing(p, 0, 0);
                WordDocument.run(p, line, 11, false, false);
            }
            XWPFTableCell right = table.getRow(0).getCell(1);
            String title = letter.signerTitle().isEmpty() ? words.get("word.signer.default") : letter.signerTitle();
            WordDocument.run(WordDocument.centred(right, true), title.toUpperCase(locale), WordDocument.BODY_SIZE,
                    true, false);
            // Room for the signature and the seal.
            XWPFParagraph space = WordDocument.centred(right, false);
            WordDocument.run(space, "\n\n\n\n", WordDocument.BODY_SIZE, false, false);
            WordDocument.run(WordDocument.centred(right, false), letter.signerName(), WordDocument.BODY_SIZE, true,
                    false);
        }

        private void section(String key) {
            XWPFParagraph p = doc.body();
            p.setKeepNext(true);
            WordDocument.run(p, words.get(key), WordDocument.BODY_SIZE, true, false);
        }
    }
}
