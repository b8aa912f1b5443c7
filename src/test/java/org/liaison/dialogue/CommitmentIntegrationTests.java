package org.liaison.dialogue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.liaison.common.ItemRef;
import org.liaison.common.ItemType;
import org.liaison.common.LocalizedText;
import org.liaison.dialogue.CommitmentService.NewCommitment;
import org.liaison.partner.PartnerService;
import org.liaison.support.LiaisonIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Commitments made at a meeting, their history, and the views officers work from. */
@LiaisonIntegrationTest
// Shares the calendar tests' context: both change the dialogue data.
@TestPropertySource(properties = "liaison.test.context=calendar")
class CommitmentIntegrationTests {

	static final String DIALOGUE = "eu-australia-digital-dialogue";

	@Autowired
	CommitmentService commitments;

	@Autowired
	PartnerService partners;

	@Test
	void recordsACommitmentWithItsHistoryAndViews() {
		LocalDate today = commitments.today();
		Commitment overdue = commitments.recordCommitment(DIALOGUE, 2,
				new NewCommitment(LocalizedText.of("en", "Share the AI Act implementation timeline"), OwnerSide.EU,
						"DG CONNECT Unit A.1", "unit-a1@example.eu", today.minusDays(3),
						List.of(new ItemRef(ItemType.PROJECT, "epic")), "agreed at the meeting", "officer"));
		Commitment soon = commitments.recordCommitment(DIALOGUE, 2,
				new NewCommitment(LocalizedText.of("en", "Propose dates for the third dialogue"), OwnerSide.PARTNER,
						"Australian Department of Industry", null, today.plusDays(10), List.of(), null, "officer"));

		assertThat(commitments.overdue()).extracting(Commitment::getId).contains(overdue.getId())
			.doesNotContain(soon.getId());
		assertThat(commitments.dueSoon()).extracting(Commitment::getId).contains(soon.getId())
			.doesNotContain(overdue.getId());
		assertThat(commitments.ownedBy("UNIT-A1@example.eu")).extracting(Commitment::getId).containsExactly(overdue.getId());
		assertThat(commitments.ofPartner(partners.partner("australia").orElseThrow())).extracting(Commitment::getId)
			.contains(overdue.getId(), soon.getId());
		assertThat(commitments.ofSeries(DIALOGUE)).hasSizeGreaterThanOrEqualTo(2);

		Commitment done = commitments.updateCommitment(overdue.getId(), CommitmentStatus.DONE, "timeline sent", "officer");
		assertThat(done.getStatus()).isEqualTo(CommitmentStatus.DONE);
		assertThat(done.getHistory()).extracting(CommitmentUpdate::getStatus)
			.containsExactly(CommitmentStatus.OPEN, CommitmentStatus.DONE);
		assertThat(done.getHistory().get(1).getComment()).isEqualTo("timeline sent");
		assertThat(done.getLinks()).containsExactly(new ItemRef(ItemType.PROJECT, "epic"));
		assertThat(commitments.overdue()).extracting(Commitment::getId).doesNotContain(overdue.getId());
	}

	@Test
	void rejectsCommitmentWithoutDueDateTextOrOwner() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> commitments.recordCommitment(DIALOGUE, 2, new NewCommitment(LocalizedText.of("en", "x"),
					OwnerSide.EU, "Unit", null, null, List.of(), null, "officer")))
			.withMessage("dueOn: a commitment needs a due date");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> commitments.recordCommitment(DIALOGUE, 2, new NewCommitment(LocalizedText.empty(),
					OwnerSide.EU, "Unit", null, LocalDate.now(), List.of(), null, "officer")))
			.withMessageStartingWith("text:");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> commitments.recordCommitment(DIALOGUE, 2, new NewCommitment(LocalizedText.of("en", "x"),
					OwnerSide.EU, " ", null, LocalDate.now(), List.of(), null, "officer")))
			.withMessageStartingWith("owner:");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> commitments.recordCommitment(DIALOGUE, 99, new NewCommitment(LocalizedText.of("en", "x"),
					OwnerSide.EU, "Unit", null, LocalDate.now(), List.of(), null, "officer")))
			.withMessage("Series 'eu-australia-digital-dialogue' has no meeting number 99");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> commitments.recordCommitment(DIALOGUE, 2, new NewCommitment(LocalizedText.of("en", "x"),
					OwnerSide.EU, "Unit", "not-an-address", LocalDate.now(), List.of(), null, "officer")))
			.withMessage("ownerEmail: 'not-an-address' is not an e-mail address");
	}

}
