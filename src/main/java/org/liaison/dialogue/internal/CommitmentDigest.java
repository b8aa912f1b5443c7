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

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.liaison.security.AccountService;
import org.liaison.security.UserAccount;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.web.util.HtmlUtils;
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

	private final AccountService accounts;

	private final MessageSource messages;

	CommitmentDigest(DigestSettings settings, CommitmentRepository commitments, JdbcTemplate jdbc,
			PlatformTransactionManager transactionManager, Optional<Clock> clock, AccountService accounts,
			MessageSource messages) {
		this.accounts = accounts;
		this.messages = messages;
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

	static JavaMailSender mailSender(DigestSettings settings) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost(settings.smtpHost().strip());
		sender.setPort(settings.smtpPort());
		sender.setDefaultEncoding("UTF-8");
		Properties properties = sender.getJavaMailProperties();
		// A digest is claimed in an open transaction while it is sent: never wait long for the server.
		properties.setProperty("mail.smtp.connectiontimeout", "10000");
		properties.setProperty("mail.smtp.timeout", "10000");
		properties.setProperty("mail.smtp.writetimeout", "10000");
		String security = settings.securityMode();
		if (security.equals("ssl")) {
			// TLS from the first byte (SMTPS, usually port 465)
			sender.setProtocol("smtps");
			properties.setProperty("mail.smtps.connectiontimeout", "10000");
			properties.setProperty("mail.smtps.timeout", "10000");
			properties.setProperty("mail.smtps.writetimeout", "10000");
			boolean trusted = settings.sslTrust() != null && !settings.sslTrust().isBlank();
			// a host trusted by name is trusted as it is; any other's certificate must name it
			properties.setProperty("mail.smtps.ssl.checkserveridentity", String.valueOf(!trusted));
			if (trusted) {
				properties.setProperty("mail.smtps.ssl.trust", settings.sslTrust().strip());
			}
		}
		else if (security.equals("starttls") && settings.authenticated()) {
			// never a password in the clear: the server must offer STARTTLS
			properties.setProperty("mail.smtp.starttls.enable", "true");
			properties.setProperty("mail.smtp.starttls.required", "true");
			if (settings.sslTrust() != null && !settings.sslTrust().isBlank()) {
				properties.setProperty("mail.smtp.ssl.trust", settings.sslTrust().strip());
			}
		}
		if (settings.authenticated()) {
			sender.setUsername(settings.smtpUser());
			sender.setPassword(settings.smtpPassword());
			properties.setProperty(security.equals("ssl") ? "mail.smtps.auth" : "mail.smtp.auth", "true");
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
				.add(new Item(commitment.getText(), commitment.getDueOn(), commitment.isOverdue(day),
						commitment.getMeeting().getSeries().getName(), number,
						settings.baseUrl().replaceAll("/+$", "") + "/admin/dialogues/" + series + "/meetings/"
								+ number + "#commitment-" + commitment.getId()));
		}
		return byOwner;
	}

	/** The owner's language: the one chosen by the user with this e-mail address, or English. */
	private String languageOf(String owner) {
		return accounts.byEmail(owner)
			.map(UserAccount::getPreferredLanguage)
			.filter(language -> language != null && !language.isBlank())
			.orElse(LocalizedText.FALLBACK_LANGUAGE);
	}

	/** The digest as plain text and as HTML (multipart/alternative), in the owner's language. */
	private MimeMessage message(LocalDate day, String owner, List<Item> items) {
		String language = languageOf(owner);
		Locale locale = Locale.forLanguageTag(language);
		DateTimeFormatter dates = language.equals("en") ? DATE
				: DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG).withLocale(locale);
		long overdue = items.stream().filter(Item::overdue).count();
		String intro = t("dialogue.digest.intro", locale, CommitmentService.DUE_SOON_DAYS, dates.format(day));
		String footer = t("dialogue.digest.footer", locale);
		String overdueWord = t("dialogue.digest.overdue", locale);
		StringBuilder text = new StringBuilder(intro).append("\n\n");
		StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"").append(language)
			.append("\"><head><meta charset=\"utf-8\"><title>").append(escape(t("dialogue.digest.title", locale)))
			.append("</title></head><body><p>").append(escape(intro)).append("</p><ul>");
		for (Item item : items) {
			LocalizedText.Resolved what = item.text().resolve(language).orElse(new LocalizedText.Resolved("", language, language));
			String meeting = item.series().textFor(language) + " (" + item.number() + ")";
			String due = t("dialogue.digest.due", locale, dates.format(item.dueOn()));
			String from = t("dialogue.digest.from", locale, meeting);
			text.append(item.overdue() ? "[" + overdueWord + "] " : "").append(what.text())
				.append("\n  ").append(due).append("\n  ").append(from).append("\n  ").append(item.link()).append("\n\n");
			html.append("<li>");
			if (item.overdue()) {
				html.append("<strong>").append(escape(overdueWord)).append("</strong> ");
			}
			html.append("<a href=\"").append(escape(item.link())).append("\"");
			if (what.isFallback()) {
				html.append(" lang=\"").append(escape(what.language())).append("\"");
			}
			html.append(">").append(escape(what.text())).append("</a><br>").append(escape(due)).append(" · ")
				.append(escape(from)).append("</li>");
		}
		text.append("-- \n").append(footer).append("\n");
		html.append("</ul><hr><p><small>").append(escape(footer)).append("</small></p></body></html>");
		try {
			MimeMessage message = mail.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
			helper.setFrom(settings.from());
			helper.setTo(owner);
			helper.setSubject(t("dialogue.digest.subject", locale, dates.format(day), overdue, items.size() - overdue));
			helper.setText(text.toString(), html.toString());
			return message;
		}
		catch (MessagingException ex) {
			throw new MailPreparationException("Could not write the digest to " + owner, ex);
		}
	}

	private String t(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

	/** One commitment in a digest. */
	record Item(LocalizedText text, LocalDate dueOn, boolean overdue, LocalizedText series, int number, String link) {
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
