package org.liaison.dialogue.internal;

import org.junit.jupiter.api.Test;

import org.liaison.dialogue.CommitmentService;
import org.liaison.support.LiaisonIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Without an SMTP host (the default) the digest is off: the job sends nothing, records nothing, fails nothing. */
@LiaisonIntegrationTest
class CommitmentDigestOffIntegrationTests {

	@Autowired
	CommitmentDigest digest;

	@Autowired
	CommitmentService commitments;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void sendsNothingWithoutSmtpHost() {
		assertThat(digest.enabled()).isFalse();
		assertThat(digest.runIfDue()).isEqualTo(new CommitmentDigest.Outcome(0, 0));
		assertThat(digest.send(commitments.today())).isEqualTo(new CommitmentDigest.Outcome(0, 0));
		assertThat(jdbc.queryForObject("select count(*) from commitment_digest", Integer.class)).isZero();
	}

}
