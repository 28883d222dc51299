package org.commitmentstracker.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ActorAndTargetTest {
    @Test
    void theSideThatActsIsReadFromTheSubject() {
        assertThat(ActorFinder.find("The two sides agreed to open a route.", "agreed to")).isEqualTo(Actor.BOTH);
        assertThat(ActorFinder.find("Viet Nam and Chile will sign an agreement.", "will ")).isEqualTo(Actor.BOTH);
        assertThat(ActorFinder.find("Viet Nam will host the meeting.", "will ")).isEqualTo(Actor.VIET_NAM);
        assertThat(ActorFinder.find("The Vietnamese side will send experts.", "will ")).isEqualTo(Actor.VIET_NAM);
        assertThat(ActorFinder.find("Chile will grant scholarships.", "will ")).isEqualTo(Actor.PARTNER);
        assertThat(ActorFinder.find("The Russian side supports the plan.", "supports")).isEqualTo(Actor.PARTNER);
        assertThat(ActorFinder.find("Continue to exchange delegations.", "Continue")).isEqualTo(Actor.BOTH);
        assertThat(ActorFinder.find("Hai bên nhất trí tăng cường hợp tác.", "nhất trí")).isEqualTo(Actor.BOTH);
        assertThat(ActorFinder.find("Phía Hungary sẽ cấp học bổng.", "sẽ")).isEqualTo(Actor.PARTNER);
        assertThat(ActorFinder.find("Việt Nam sẽ cử chuyên gia.", "sẽ")).isEqualTo(Actor.VIET_NAM);
    }

    @Test
    void numericTargetsAreFound() {
        assertThat(TargetFinder.find("raise two-way trade to USD 200 million by 2026")).isEqualTo("USD 200 million");
        assertThat(TargetFinder.find("nâng kim ngạch thương mại lên 2 tỷ USD")).isEqualTo("2 tỷ USD");
        assertThat(TargetFinder.find("grant 20 scholarships a year")).isEqualTo("20 scholarships");
        assertThat(TargetFinder.find("reach US$3.5 billion")).isEqualTo("US$3.5 billion");
        assertThat(TargetFinder.find("strengthen cooperation")).isNull();
    }
}
