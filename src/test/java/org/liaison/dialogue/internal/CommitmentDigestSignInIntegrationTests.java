package org.liaison.dialogue.internal;

import java.time.LocalDate;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.liaison.common.LocalizedText;
import org.liaison.dialogue.CommitmentService;
import org.liaison.dialogue.CommitmentService.NewCommitment;
import org.liaison.dialogue.OwnerSide;
import org.liaison.security.AccountService;
import org.liaison.security.Role;
import org.liaison.support.LiaisonIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The digest through an SMTP server that wants a user and password, over TLS (SMTPS: GreenMail has
 * no STARTTLS): signed in with LIAISON_SMTP_USERNAME/PASSWORD, refused with a wrong password; and
 * the digest as HTML with a plain-text alternative, in the owner's chosen language.
 */
@LiaisonIntegrationTest
class CommitmentDigestSignInIntegrationTests {

	static final String DIALOGUE = "eu-australia-digital-dialogue";

	static GreenMail smtp = start();

	@Autowired
	CommitmentDigest digest;

	@Autowired
	CommitmentService commitments;

	@Autowired
	AccountService accounts;

	@Autowired
	DigestSettings settings;

	static GreenMail start() {
		var setup = ServerSetupTest.SMTPS.dynamicPort();
		// the first start makes a TLS certificate: slow on a busy machine
		setup.setServerStartupTimeout(60_000);
		GreenMail server = new GreenMail(setup);
		server.setUser("liaison@example.eu", "liaison-mailer", "a mailer's secret");
		server.start();
		return server;
	}

	@DynamicPropertySource
	static void smtpServer(DynamicPropertyRegistry registry) {
		registry.add("liaison.digest.smtp-host", () -> "127.0.0.1");
		registry.add("liaison.digest.smtp-port", () -> smtp.getSmtps().getPort());
		registry.add("liaison.digest.smtp-user", () -> "liaison-mailer");
		registry.add("liaison.digest.smtp-password", () -> "a mailer's secret");
		registry.add("liaison.digest.security", () -> "ssl");
		registry.add("liaison.digest.ssl-trust", () -> "127.0.0.1");
		registry.add("liaison.digest.from", () -> "liaison@example.eu");
		registry.add("liaison.digest.initial-delay", () -> "PT10H");
	}

	@AfterAll
	static void stop() {
		smtp.stop();
	}

	@Test
	void signsInOverTlsAndWritesHtmlWithPlainTextInTheOwnersLanguage() throws Exception {
		var account = accounts.create("officer-hanna", "a long enough password", Role.OFFICER, false);
		accounts.changeProfile(account.getId(), "Hanna", "hanna@example.eu");
		accounts.changePreferredLanguage("officer-hanna", "hu");
		LocalDate today = commitments.today();
		commitments.recordCommitment(DIALOGUE, 2, new NewCommitment(LocalizedText.of("en", "Send the <b>roadmap</b>"),
				OwnerSide.EU, "Hanna", "hanna@example.eu", today.minusDays(1), List.of(), null, "officer"));
		commitments.recordCommitment(DIALOGUE, 2, new NewCommitment(LocalizedText.of("en", "Book the venue"), OwnerSide.EU,
				"Erik", "erik@example.eu", today.plusDays(3), List.of(), null, "officer"));

		CommitmentDigest.Outcome outcome = digest.send(today);
		assertThat(outcome.failed()).isZero();
		assertThat(outcome.sent()).isEqualTo(2);

		MimeMessage hungarian = to("hanna@example.eu");
		assertThat(hungarian.getSubject()).startsWith("Liaison: az Ön vállalásai").contains("1 lejárt");
		Multipart alternatives = alternatives((Multipart) hungarian.getContent());
		String text = (String) alternatives.getBodyPart(0).getContent();
		String html = (String) alternatives.getBodyPart(1).getContent();
		assertThat(alternatives.getBodyPart(0).getContentType()).startsWith("text/plain");
		assertThat(alternatives.getBodyPart(1).getContentType()).startsWith("text/html");
		assertThat(text).contains("[LEJÁRT] Send the <b>roadmap</b>", "határidő:", "/admin/dialogues/" + DIALOGUE + "/meetings/2");
		// the commitment exists in English only: marked as such in the Hungarian mail; the text escaped
		assertThat(html).contains("<html lang=\"hu\">", "<strong>LEJÁRT</strong>", "lang=\"en\"",
				"Send the &lt;b&gt;roadmap&lt;/b&gt;").doesNotContain("<b>roadmap");

		MimeMessage english = to("erik@example.eu");
		assertThat(english.getSubject()).startsWith("Liaison: your commitments on").contains("0 overdue, 1 due soon");
	}

	@Test
	void aWrongPasswordIsRefusedByTheServer() {
		DigestSettings wrong = new DigestSettings(settings.smtpHost(), settings.smtpPort(), settings.smtpUser(),
				"not the password", settings.from(), settings.time(), settings.zone(), settings.baseUrl(), "ssl",
				settings.sslTrust());
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom("liaison@example.eu");
		message.setTo("someone@example.eu");
		message.setSubject("test");
		message.setText("test");
		assertThatExceptionOfType(MailAuthenticationException.class)
			.isThrownBy(() -> CommitmentDigest.mailSender(wrong).send(message));
		CommitmentDigest.mailSender(settings).send(message);
		assertThat(smtp.getReceivedMessagesForDomain("someone@example.eu")).hasSize(1);
	}

	/** The multipart/alternative inside the message's parts. */
	private static Multipart alternatives(Multipart multipart) throws Exception {
		if (multipart.getContentType().startsWith("multipart/alternative")) {
			return multipart;
		}
		for (int i = 0; i < multipart.getCount(); i++) {
			if (multipart.getBodyPart(i).getContent() instanceof Multipart inner) {
				return alternatives(inner);
			}
		}
		throw new AssertionError("No multipart/alternative in " + multipart.getContentType());
	}

	private static MimeMessage to(String address) throws Exception {
		for (MimeMessage message : smtp.getReceivedMessages()) {
			if (message.getAllRecipients()[0].toString().equalsIgnoreCase(address)) {
				return message;
			}
		}
		throw new AssertionError("No mail to " + address);
	}

}
