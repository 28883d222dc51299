package org.commitmentstracker.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.commitmentstracker.model.UnitKind;
import org.junit.jupiter.api.Test;

/**
 * A plan whose tasks are a table pasted from Word (cells split by tabs): each numbered row is a
 * commitment with its time-frame cell as deadline, a year alone included; the preamble that cites
 * the statement the plan follows is context, and its date is not the plan's.
 */
class TabTableExtractionTest {
    @Test
    void eachNumberedRowOfATabTableIsACommitmentWithTheDeadlineOfItsTimeFrameCell() throws Exception {
        Extraction e = StatementExtractorTest.extract("vi-tab-table-plan.txt");

        assertThat(e.metadata().date()).isEqualTo(LocalDate.of(2026, 5, 20));
        assertThat(e.units()).filteredOn(u -> u.text().startsWith("Căn cứ")).singleElement()
                .extracting(ExtractedUnit::kind).isEqualTo(UnitKind.CONTEXT);
        assertThat(e.units()).filteredOn(u -> u.text().startsWith("Bộ Ngoại giao hai nước")).singleElement()
                .extracting(ExtractedUnit::kind).isEqualTo(UnitKind.COMMITMENT);
        assertThat(e.units()).filteredOn(u -> u.kind() == UnitKind.COMMITMENT && u.text().matches("\\d\t.*"))
                .extracting(ExtractedUnit::text, ExtractedUnit::deadline)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("1\tTổ chức tham vấn chính trị cấp Thứ trưởng\tBộ Ngoại giao\tQuý III/2026",
                                LocalDate.of(2026, 9, 30)),
                        org.assertj.core.groups.Tuple.tuple("2\tTrao đổi đoàn doanh nghiệp\tBộ Công Thương\t2027",
                                LocalDate.of(2027, 12, 31)),
                        org.assertj.core.groups.Tuple.tuple("3\tThành lập Nhóm công tác về nông nghiệp\tBộ Nông nghiệp và Môi trường\tThường xuyên",
                                null));
    }
}
