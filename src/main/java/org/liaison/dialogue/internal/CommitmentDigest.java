package org.liaison.dialogue.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.liaison.common.LocalizedText;
import org.liaison.dialogue.Commitment;
import org.liaison.dialogue.CommitmentService;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily digest by e-mail: each owner (by e-mail address) of pending commitments that are overdue
 * or due in the next {@value CommitmentService#DUE_SOON_DAYS} days gets one e-mail a day listing them.
 *
 * <p>
 * The job looks every few minutes; once the day's digest time has passed it sends the day's digest to
 * each owner that has not had it yet, so a restart or a missed run neither skips nor repeats one. Each
 * owner's digest is claimed in the table {@code commitment_digest} (unique per owner and day) and sent
 * in the same transaction: a second node blocks on the claim and then finds it taken; a failed send
 * rolls the claim back, so the next run the same day tries again. Only a crash between the SMTP
 * server's acceptance and the commit could send a digest twice.
 */
@Component
public class CommitmentDigest {

	private static final Logger log = LoggerFactory.getLogger(CommitmentDigest.class);

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	private final DigestSettings settings;

	private final CommitmentRepository commitments;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final TransactionTemplate reads;

	private final Clock clock;

	private final JavaMailSender mail;

	CommitmentDigest(DigestSettings settings, CommitmentRepository commitments, JdbcTemplate jdbc,
			PlatformTransactionManager transactionManager, Optional<Clock> clock) {
		this.settings = settings;
		this.commitments = commitments;
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.reads = new TransactionTemplate(transactionManager);
		this.reads.setReadOnly(true);
		this.clock = clock.orElse(Clock.systemUTC());
		this.mail = settings.enabled() ? mailSender(settings) : null;
		if (settings.enabled()) {
			log.info("Commitment digest on: daily from {} ({}) through {}:{}, from {}", settings.time(),
					settings.zone(), settings.smtpHost(), settings.smtpPort(), settings.from());
		}
		else {
			log.info("Commitment digest off: LIAISON_SMTP_HOST is not set");
		}
	}

	private static JavaMailSender mailSender(DigestSettings settings) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost(settings.smtpHost().strip());
		sender.setPort(settings.smtpPort());
		sender.setDefaultEncoding("UTF-8");
		Properties properties = sender.getJavaMailProperties();
		// A digest is claimed in an open transaction while it is sent: never wait long for the server.
		properties.setProperty("mail.smtp.connectiontimeout", "10000");
		properties.setProperty("mail.smtp.timeout", "10000");
		properties.setProperty("mail.smtp.writetimeout", "10000");
		if (settings.authenticated()) {
			sender.setUsername(settings.smtpUser());
			sender.setPassword(settings.smtpPassword());
			properties.setProperty("mail.smtp.auth", "true");
			// never a password in the clear: the server must offer STARTTLS
			properties.setProperty("mail.smtp.starttls.enable", "true");
			properties.setProperty("mail.smtp.starttls.required", "true");
		}
		return sender;
	}

	public boolean enabled() {
		return mail != null;
	}

	/** Sends the day's digests when the day's digest time has passed; the scheduled entry point. */
	@Scheduled(initialDelayString = "${liaison.digest.initial-delay:PT1M}",
			fixedDelayString = "${liaison.digest.check-interval:PT5M}")
	public Outcome runIfDue() {
		if (!enabled()) {
			return Outcome.NOTHING;
		}
		ZonedDateTime now = ZonedDateTime.now(clock.withZone(settings.zone()));
		if (now.toLocalTime().isBefore(settings.time())) {
			return Outcome.NOTHING;
		}
		return send(now.toLocalDate());
	}

	/** Sends the digest of {@code day} to every owner who has not had it yet. */
	public Outcome send(LocalDate day) {
		if (!enabled()) {
			return Outcome.NOTHING;
		}
		Map<String, List<Item>> byOwner = reads.execute(status -> itemsByOwner(day));
		int sent = 0;
		int failed = 0;
		for (Map.Entry<String, List<Item>> owner : byOwner.entrySet()) {
			try {
				Boolean claimed = transactions.execute(status -> claimAndSend(day, owner.getKey(), owner.getValue()));
				if (Boolean.TRUE.equals(claimed)) {
					sent++;
				}
			}
			catch (RuntimeException ex) {
				failed++;
				log.warn("Commitment digest of {} to {} failed, to be tried again on the next run: {}", day,
						owner.getKey(), ex.toString());
			}
		}
		if (sent > 0 || failed > 0) {
			log.info("Commitment digest of {}: {} sent, {} failed", day, sent, failed);
		}
		return new Outcome(sent, failed);
	}

	private boolean claimAndSend(LocalDate day, String owner, List<Item> items) {
		int claimed = jdbc.update("""
				insert into commitment_digest (owner_email, digest_date, sent_at, item_count) values (?, ?, ?, ?)
				on conflict (owner_email, digest_date) do nothing
				""", owner, day, java.sql.Timestamp.from(clock.instant()), items.size());
		if (claimed == 0) {
			return false; // sent already: by an earlier run, before a restart, or by another node
		}
		mail.send(message(day, owner, items));
		return true;
	}

	private Map<String, List<Item>> itemsByOwner(LocalDate day) {
		List<Commitment> due = new ArrayList<>(commitments.findOverdue(day));
		due.addAll(commitments.findDueBetween(day, day.plusDays(CommitmentService.DUE_SOON_DAYS)));
		Map<String, List<Item>> byOwner = new TreeMap<>();
		for (Commitment commitment : due) {
			String email = commitment.getOwnerEmail();
			if (email == null || email.isBlank()) {
				continue; // an owner without an address gets no digest
			}
			String series = commitment.getMeeting().getSeries().getSlug();
			int number = commitment.getMeeting().getSequenceNumber();
			byOwner.computeIfAbsent(email.strip().toLowerCase(Locale.ROOT), key -> new ArrayList<>())
				.add(new Item(english(commitment.getText()), commitment.getDueOn(), commitment.isOverdue(day),
						english(commitment.getMeeting().getSeries().getName()) + " (" + number + ")",
						settings.baseUrl().replaceAll("/+$", "") + "/admin/dialogues/" + series + "/meetings/"
								+ number));
		}
		return byOwner;
	}

	private static String english(LocalizedText text) {
		return (text == null) ? "" : text.textFor(LocalizedText.FALLBACK_LANGUAGE);
	}

	private SimpleMailMessage message(LocalDate day, String owner, List<Item> items) {
		long overdue = items.stream().filter(Item::overdue).count();
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(settings.from());
		message.setTo(owner);
		message.setSubject("Liaison: your commitments on " + DATE.format(day) + " (" + overdue + " overdue, "
				+ (items.size() - overdue) + " due soon)");
		StringBuilder body = new StringBuilder();
		body.append("Your commitments that are overdue or due in the next ")
			.append(CommitmentService.DUE_SOON_DAYS)
			.append(" days, as of ")
			.append(DATE.format(day))
			.append(":\n\n");
		for (Item item : items) {
			body.append(item.overdue() ? "[OVERDUE] " : "")
				.append(item.text())
				.append("\n  due ")
				.append(DATE.format(item.dueOn()))
				.append("\n  from ")
				.append(item.meeting())
				.append("\n  ")
				.append(item.link())
				.append("\n\n");
		}
		body.append("-- \nLiaison sends this digest once a day while you own commitments that are due soon or overdue.\n");
		message.setText(body.toString());
		return message;
	}

	/** One commitment in a digest. */
	record Item(String text, LocalDate dueOn, boolean overdue, String meeting, String link) {
	}

	/**
	 * What a run did.
	 *
	 * @param sent digests sent
	 * @param failed digests that failed, to be tried again on the next run
	 */
	public record Outcome(int sent, int failed) {

		static final Outcome NOTHING = new Outcome(0, 0);

	}

}
