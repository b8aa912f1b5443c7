package org.liaison.dialogue.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.liaison.LiaisonApplication;
import org.liaison.common.LocalizedText;
import org.liaison.dialogue.CommitmentService;
import org.liaison.dialogue.CommitmentService.NewCommitment;
import org.liaison.dialogue.CommitmentStatus;
import org.liaison.dialogue.OwnerSide;
import org.liaison.support.LiaisonIntegrationTest;
import org.liaison.support.TestDatabaseInitializer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The daily commitment digest against a real SMTP server (GreenMail on a free port): one e-mail a day
 * per owner with the right commitments, never twice a day, not even after a restart, again the next
 * day, and again after a failed send.
 */
@LiaisonIntegrationTest
class CommitmentDigestIntegrationTests {

	static final String DIALOGUE = "eu-australia-digital-dialogue";

	static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	static final LocalDate DAY = LocalDate.of(2027, 3, 10);

	static final MutableClock CLOCK = new MutableClock(DAY.atTime(6, 0).atZone(BRUSSELS).toInstant(), BRUSSELS);

	static GreenMail smtp = startSmtp(ServerSetupTest.SMTP.dynamicPort());

	@Autowired
	CommitmentDigest digest;

	@Autowired
	CommitmentService commitments;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	HikariDataSource dataSource;

	@Autowired
	Environment environment;

	@DynamicPropertySource
	static void smtpServer(DynamicPropertyRegistry registry) {
		registry.add("liaison.digest.smtp-host", () -> "127.0.0.1");
		registry.add("liaison.digest.smtp-port", () -> smtp.getSmtp().getPort());
		registry.add("liaison.digest.from", () -> "liaison@example.eu");
		registry.add("liaison.digest.base-url", () -> "https://liaison.example.eu/");
		// The test runs the job itself, at the times it sets on the clock.
		registry.add("liaison.digest.initial-delay", () -> "PT10H");
	}

	@AfterAll
	static void stopSmtp() {
		smtp.stop();
	}

	static GreenMail startSmtp(ServerSetup setup) {
		GreenMail server = new GreenMail(setup);
		server.start();
		return server;
	}

	@Test
	void sendsOneDigestPerOwnerAndDayAcrossRunsRestartsAndFailures() throws Exception {
		record("Share the AI Act implementation timeline", "Alice@Example.eu", DAY.minusDays(3));
		record("Propose dates for the third dialogue", "alice@example.eu", DAY.plusDays(10));
		record("Send the list of experts", "bob@example.eu", DAY);
		record("Review the 2030 roadmap", "carol@example.eu", DAY.plusDays(31 + 30));
		Long done = record("Send the minutes", "carol@example.eu", DAY.minusDays(1));
		commitments.updateCommitment(done, CommitmentStatus.DONE, "sent", "officer");
		record("Host the next meeting", null, DAY.plusDays(2));

		// Before the digest time (07:00 in Brussels): nothing yet.
		at(DAY, LocalTime.of(6, 59));
		assertThat(digest.runIfDue().sent()).isZero();
		assertThat(smtp.getReceivedMessages()).isEmpty();

		at(DAY, LocalTime.of(7, 4));
		CommitmentDigest.Outcome first = digest.runIfDue();
		assertThat(first.failed()).isZero();
		List<MimeMessage> alice = to("alice@example.eu");
		assertThat(alice).hasSize(1);
		String aliceBody = GreenMailUtil.getBody(alice.get(0)).replace("=\r\n", "").replace("\r\n", "\n");
		assertThat(alice.get(0).getSubject()).contains("1 overdue, 1 due soon");
		assertThat(alice.get(0).getFrom()[0].toString()).isEqualTo("liaison@example.eu");
		assertThat(aliceBody).contains("[OVERDUE] Share the AI Act implementation timeline", "due 7 March 2027",
				"Propose dates for the third dialogue", "due 20 March 2027",
				"https://liaison.example.eu/admin/dialogues/" + DIALOGUE + "/meetings/2", "Digital Dialogue")
			.doesNotContain("[OVERDUE] Propose", "Send the list of experts");
		List<MimeMessage> bob = to("bob@example.eu");
		assertThat(bob).hasSize(1);
		assertThat(GreenMailUtil.getBody(bob.get(0))).contains("Send the list of experts")
			.doesNotContain("OVERDUE", "AI Act");
		assertThat(to("carol@example.eu")).isEmpty();
		assertThat(jdbc.queryForList("select owner_email from commitment_digest where digest_date = ?", String.class,
				DAY)).contains("alice@example.eu", "bob@example.eu").doesNotContain("carol@example.eu");
		int received = smtp.getReceivedMessages().length;
		assertThat(first.sent()).isEqualTo(received);

		// Later the same day: nothing more.
		at(DAY, LocalTime.of(7, 9));
		assertThat(digest.runIfDue()).isEqualTo(new CommitmentDigest.Outcome(0, 0));
		at(DAY, LocalTime.of(23, 55));
		assertThat(digest.runIfDue().sent()).isZero();
		assertThat(smtp.getReceivedMessages()).hasSize(received);

		// A restart (a new application on the same database) the same day: nothing more either.
		try (ConfigurableApplicationContext restarted = restart()) {
			assertThat(restarted.getBean(HikariDataSource.class).getJdbcUrl()).isEqualTo(dataSource.getJdbcUrl());
			CommitmentDigest again = restarted.getBean(CommitmentDigest.class);
			assertThat(again.enabled()).isTrue();
			assertThat(again.runIfDue()).isEqualTo(new CommitmentDigest.Outcome(0, 0));
		}
		assertThat(smtp.getReceivedMessages()).hasSize(received);

		// The next day: again, once.
		at(DAY.plusDays(1), LocalTime.of(7, 0));
		assertThat(digest.runIfDue().sent()).isPositive();
		assertThat(to("alice@example.eu")).hasSize(2);
		assertThat(to("bob@example.eu")).hasSize(2);
		assertThat(GreenMailUtil.getBody(to("bob@example.eu").get(1))).contains("[OVERDUE] Send the list of experts");
		assertThat(to("carol@example.eu")).isEmpty();
		assertThat(digest.runIfDue().sent()).isZero();
		assertThat(to("alice@example.eu")).hasSize(2);

		// The SMTP server is down: logged, not marked as sent, sent on the next run once it is back.
		int port = smtp.getSmtp().getPort();
		smtp.stop();
		LocalDate third = DAY.plusDays(2);
		at(third, LocalTime.of(7, 5));
		CommitmentDigest.Outcome failed = digest.runIfDue();
		assertThat(failed.sent()).isZero();
		assertThat(failed.failed()).isPositive();
		assertThat(jdbc.queryForObject("select count(*) from commitment_digest where digest_date = ?", Integer.class,
				third)).isZero();
		smtp = startSmtp(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		at(third, LocalTime.of(7, 10));
		CommitmentDigest.Outcome retried = digest.runIfDue();
		assertThat(retried.failed()).isZero();
		assertThat(retried.sent()).isEqualTo(failed.failed());
		assertThat(to("alice@example.eu")).hasSize(1);
		assertThat(to("bob@example.eu")).hasSize(1);
	}

	private Long record(String text, String email, LocalDate dueOn) {
		return commitments.recordCommitment(DIALOGUE, 2, new NewCommitment(LocalizedText.of("en", text), OwnerSide.EU,
				"Owner of " + text, email, dueOn, List.of(), null, "officer")).getId();
	}

	private static void at(LocalDate day, LocalTime time) {
		CLOCK.set(ZonedDateTime.of(day, time, BRUSSELS));
	}

	private List<MimeMessage> to(String address) {
		return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
			try {
				return Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().equalsIgnoreCase(address));
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	/** A second application on this test's database, as after a restart, with the same clock. */
	private ConfigurableApplicationContext restart() {
		Map<String, Object> properties = new HashMap<>();
		properties.put("liaison.database.url", dataSource.getJdbcUrl());
		properties.put("liaison.database.user", dataSource.getUsername());
		if (dataSource.getPassword() != null) {
			properties.put("liaison.database.password", dataSource.getPassword());
		}
		if (environment.getProperty("spring.flyway.schemas") != null) {
			properties.put("spring.flyway.schemas", environment.getProperty("spring.flyway.schemas"));
		}
		properties.put("liaison.database.data-directory", TestDatabaseInitializer.freshDataDirectory().toString());
		properties.put("liaison.demo.enabled", "false");
		for (String name : List.of("smtp-host", "smtp-port", "from", "base-url", "initial-delay")) {
			properties.put("liaison.digest." + name, environment.getProperty("liaison.digest." + name));
		}
		// As arguments: they come before application.properties, as the environment variables would.
		String[] arguments = properties.entrySet()
			.stream()
			.map(property -> "--" + property.getKey() + "=" + property.getValue())
			.toArray(String[]::new);
		return new SpringApplicationBuilder(LiaisonApplication.class, ClockConfiguration.class)
			.web(WebApplicationType.NONE)
			// like @SpringBootTest: the component scan leaves out the tests' own configuration classes
			.initializers(context -> context.getBeanFactory()
				.registerSingleton("digestTestTypeExcludeFilter", new TestConfigurationExcludeFilter()))
			.run(arguments);
	}

	static class TestConfigurationExcludeFilter extends TypeExcludeFilter {

		@Override
		public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
			return reader.getAnnotationMetadata().hasAnnotation(TestConfiguration.class.getName());
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class ClockConfiguration {

		@Bean
		MutableClock clock() {
			return CLOCK;
		}

	}

}
