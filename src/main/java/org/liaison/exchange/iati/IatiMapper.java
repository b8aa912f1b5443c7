package org.liaison.exchange.iati;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.liaison.common.LocalizedText;
import org.liaison.common.Money;
import org.liaison.common.Slug;
import org.liaison.project.ImportedOrganisation;
import org.liaison.project.ImportedProject;
import org.liaison.project.ParticipationRole;
import org.liaison.project.ProjectBudget;
import org.liaison.project.ProjectStatus;
import org.liaison.project.RegionShare;

/**
 * Checks an IATI activity and maps it to a project; an activity that cannot be mapped is rejected
 * with the reason before anything of it is written. Codes the codelists do not know (IATI's own
 * schema tests write {@code xx}) are not errors: an unknown status is derived from the dates, an
 * unknown organisation role becomes a participant, an unknown date type is left out.
 */
final class IatiMapper {

	static final String SOURCE = "iati";

	/** Changes whenever the mapping changes, so that the next import updates every project once. */
	private static final String MAPPING_VERSION = "1";

	private static final int ACRONYM = 60;

	private final Set<String> knownCountries;

	IatiMapper(Set<String> knownCountries) {
		this.knownCountries = knownCountries;
	}

	/** An activity that cannot be imported, and why. */
	static final class Rejected extends Exception {

		Rejected(String reason) {
			super(reason, null, false, false);
		}

	}

	MappedActivity map(IatiActivity a) throws Rejected {
		String language = language(a.language(), "xml:lang of the activity");
		language = (language == null) ? LocalizedText.FALLBACK_LANGUAGE : language;
		String identifier = a.identifier();
		if (identifier != null && identifier.length() > 120) {
			throw new Rejected("iati-identifier '" + identifier.substring(0, 40) + "…' is longer than 120 characters");
		}
		LocalizedText title = text(a.titles(), language, "title");
		if (title.isEmpty()) {
			throw new Rejected("the title has no text");
		}
		LocalizedText summary = LocalizedText.empty();
		LocalizedText objective = LocalizedText.empty();
		for (IatiActivity.Description description : a.descriptions()) {
			LocalizedText text = text(description.narratives(), language, "description");
			if ("2".equals(description.type())) {
				objective = join(objective, text);
			}
			else if (description.type() == null || "1".equals(description.type())) {
				summary = join(summary, text);
			}
		}
		LocalDate[] dates = new LocalDate[4];
		for (IatiActivity.Date date : a.dates()) {
			int type = switch (String.valueOf(date.type())) {
				case "1" -> 0;
				case "2" -> 1;
				case "3" -> 2;
				case "4" -> 3;
				default -> -1;
			};
			if (type >= 0 && dates[type] == null) {
				dates[type] = date(date.isoDate(), "activity-date of type " + date.type());
			}
		}
		LocalDate start = (dates[1] != null) ? dates[1] : dates[0];
		LocalDate end = (dates[3] != null) ? dates[3] : dates[2];
		if (start != null && end != null && end.isBefore(start)) {
			end = null; // the four dates are kept as given; the project's own span must be a span
		}
		ProjectStatus status = status(a.status(), dates);

		List<String> countries = new ArrayList<>();
		Map<String, BigDecimal> countryPercentages = new LinkedHashMap<>();
		for (IatiActivity.Share country : a.countries()) {
			String code = (country.code() == null) ? "" : country.code().toUpperCase(Locale.ROOT);
			if (!knownCountries.contains(code)) {
				throw new Rejected("recipient-country '" + country.code() + "' is no ISO 3166-1 country code Liaison knows");
			}
			if (countries.contains(code)) {
				throw new Rejected("recipient-country " + code + " is listed twice");
			}
			countries.add(code);
			BigDecimal percentage = percentage(country.percentage(), "recipient-country " + code);
			if (percentage != null) {
				countryPercentages.put(code, percentage);
			}
		}
		List<RegionShare> regions = new ArrayList<>();
		for (IatiActivity.Share region : a.regions()) {
			String vocabulary = (region.vocabulary() == null) ? "1" : region.vocabulary();
			limit(vocabulary, 20, "recipient-region vocabulary");
			limit(region.code(), 40, "recipient-region code");
			regions.add(new RegionShare(vocabulary, region.code(),
					percentage(region.percentage(), "recipient-region " + region.code())));
		}
		List<MappedActivity.SectorRef> sectors = new ArrayList<>();
		for (IatiActivity.Sector sector : a.sectors()) {
			MappedActivity.SectorRef ref = sector(sector, language);
			if (ref != null && sectors.stream().noneMatch(s -> s.slug().equals(ref.slug()))) {
				sectors.add(ref);
			}
		}
		List<ProjectBudget> budgets = new ArrayList<>();
		for (IatiActivity.Budget budget : a.budgets()) {
			budgets.add(budget(budget, a.defaultCurrency()));
		}

		List<ImportedOrganisation> organisations = new ArrayList<>();
		List<ImportedProject.Participant> participants = new ArrayList<>();
		for (IatiActivity.Organisation o : a.organisations()) {
			LocalizedText names = text(o.names(), language, "participating-org name");
			String name = names.resolve(language).map(LocalizedText.Resolved::text).orElse(o.ref());
			if (name == null) {
				continue; // neither a name nor a reference: nothing to record
			}
			name = cut(name, 500);
			String sourceId = (o.ref() != null) ? o.ref() : "name:" + sha256(name).substring(0, 40);
			limit(sourceId, 120, "participating-org ref");
			String kind = cut(o.type(), 40);
			if (organisations.stream().noneMatch(existing -> existing.sourceId().equals(sourceId))) {
				organisations.add(new ImportedOrganisation(SOURCE, sourceId,
						sha256(MAPPING_VERSION + "|" + name + "|" + kind), name, null, null, kind, null));
			}
			ParticipationRole role = role(o.role());
			ImportedProject.Participant participant = new ImportedProject.Participant(sourceId, role, null, null);
			if (!participants.contains(participant)) {
				participants.add(participant);
			}
		}
		String website = cut(a.website(), 500);

		MappedActivity.Content content = new MappedActivity.Content(identifier, null, acronym(title, language), title,
				summary, objective, status, start, end, dates[0], dates[1], dates[2], dates[3], totalCost(budgets),
				website, List.copyOf(countries), java.util.Collections.unmodifiableMap(countryPercentages),
				List.copyOf(regions), List.copyOf(budgets), List.copyOf(sectors), List.copyOf(organisations),
				List.copyOf(participants));
		if (identifier == null || identifier.isEmpty()) {
			// No identifier to match by (IATI's schema tests have none): the content names the activity.
			identifier = "no-identifier-" + sha256(MAPPING_VERSION + content).substring(0, 40);
		}
		content = withIdentifier(content, identifier, slug(identifier));
		return new MappedActivity(a.file(), a.line(), sha256(MAPPING_VERSION + content), content);
	}

	private static MappedActivity.Content withIdentifier(MappedActivity.Content c, String identifier, String slug) {
		return new MappedActivity.Content(identifier, slug, c.acronym(), c.title(), c.summary(), c.objective(),
				c.status(), c.start(), c.end(), c.plannedStart(), c.actualStart(), c.plannedEnd(), c.actualEnd(),
				c.totalCost(), c.website(), c.countries(), c.countryPercentages(), c.regions(), c.budgets(),
				c.sectors(), c.organisations(), c.participants());
	}

	/** IATI ActivityStatus to Liaison's: 1 pipeline → planned; 2, 3, 6 → ongoing; 4, 5 → closed. */
	static ProjectStatus status(String code, LocalDate[] dates) {
		return switch (String.valueOf(code)) {
			case "1" -> ProjectStatus.PLANNED;
			case "2", "3", "6" -> ProjectStatus.ONGOING;
			case "4", "5" -> ProjectStatus.CLOSED;
			default -> (dates[3] != null) ? ProjectStatus.CLOSED
					: (dates[1] != null) ? ProjectStatus.ONGOING : ProjectStatus.PLANNED;
		};
	}

	/** IATI OrganisationRole: 1 funding, 2 accountable, 3 extending, 4 implementing. */
	static ParticipationRole role(String code) {
		return switch (String.valueOf(code)) {
			case "1" -> ParticipationRole.FUNDER;
			case "2" -> ParticipationRole.ACCOUNTABLE;
			case "3" -> ParticipationRole.EXTENDING;
			case "4" -> ParticipationRole.IMPLEMENTER;
			default -> ParticipationRole.PARTICIPANT;
		};
	}

	private MappedActivity.SectorRef sector(IatiActivity.Sector sector, String language) throws Rejected {
		String vocabulary = (sector.vocabulary() == null) ? "1" : sector.vocabulary();
		String code = sector.code();
		String slug;
		try {
			slug = IatiSectors.hasCodelist(vocabulary) ? Slug.from(code) : "v" + Slug.from(vocabulary) + "-" + Slug.from(code);
		}
		catch (IllegalArgumentException ex) {
			throw new Rejected("sector code '" + code + "' (vocabulary " + vocabulary + ") has no letters or digits");
		}
		if (!Slug.isValid(slug)) {
			throw new Rejected("sector code '" + code + "' (vocabulary " + vocabulary + ") is too long");
		}
		LocalizedText name = IatiSectors.name(vocabulary, code);
		if (name == null) {
			LocalizedText given = text(sector.names(), language, "sector name");
			name = given.isEmpty() ? LocalizedText.of(LocalizedText.FALLBACK_LANGUAGE, code) : given;
		}
		return new MappedActivity.SectorRef(slug, name);
	}

	private static ProjectBudget budget(IatiActivity.Budget budget, String defaultCurrency) throws Rejected {
		limit(budget.type(), 20, "budget type");
		limit(budget.status(), 20, "budget status");
		LocalDate start = date(budget.periodStart(), "budget period-start");
		LocalDate end = date(budget.periodEnd(), "budget period-end");
		if (start == null || end == null) {
			throw new Rejected("a budget has no period-start or period-end date");
		}
		BigDecimal amount = decimal(budget.value(), "budget value");
		if (amount == null) {
			throw new Rejected("a budget of " + start + " has no value");
		}
		amount = amount.setScale(2, RoundingMode.HALF_EVEN);
		if (amount.precision() - amount.scale() > 18) {
			throw new Rejected("budget value " + budget.value() + " is too large");
		}
		String currency = (budget.currency() != null) ? budget.currency() : defaultCurrency;
		if (currency != null) {
			currency = currency.toUpperCase(Locale.ROOT);
			if (!currency.matches("[A-Z]{3}")) {
				throw new Rejected("budget currency '" + currency + "' is not an ISO 4217 code");
			}
		}
		return new ProjectBudget(budget.type(), budget.status(), start, end, amount, currency,
				date(budget.valueDate(), "budget value-date"));
	}

	/**
	 * The sum of the budgets, a revised budget replacing the original of the same period; none when
	 * the budgets are in several currencies, in none, or add up to less than zero.
	 */
	static Money totalCost(List<ProjectBudget> budgets) {
		Map<String, ProjectBudget> byPeriod = new LinkedHashMap<>();
		for (ProjectBudget budget : budgets) {
			String period = budget.periodStart() + "/" + budget.periodEnd();
			ProjectBudget other = byPeriod.get(period);
			if (other == null || ("2".equals(budget.type()) && !"2".equals(other.type()))) {
				byPeriod.put(period, budget);
			}
			else if (String.valueOf(other.type()).equals(String.valueOf(budget.type()))) {
				byPeriod.put(period + "/" + byPeriod.size(), budget);
			}
		}
		Set<String> currencies = new LinkedHashSet<>();
		BigDecimal sum = BigDecimal.ZERO;
		for (ProjectBudget budget : byPeriod.values()) {
			currencies.add(String.valueOf(budget.currency()));
			sum = sum.add(budget.amount());
		}
		if (currencies.size() != 1 || byPeriod.isEmpty() || sum.signum() < 0 || sum.precision() - sum.scale() > 16) {
			return null;
		}
		String currency = currencies.iterator().next();
		try {
			Currency.getInstance(currency);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
		return new Money(sum, currency);
	}

	/** The narratives as one text per language (the first narrative of a language wins). */
	private static LocalizedText text(List<IatiActivity.Narrative> narratives, String language, String what)
			throws Rejected {
		Map<String, String> texts = new LinkedHashMap<>();
		for (IatiActivity.Narrative narrative : narratives) {
			String lang = language(narrative.language(), "xml:lang of a " + what + " narrative");
			if (!narrative.text().isEmpty()) {
				texts.putIfAbsent((lang == null) ? language : lang, narrative.text());
			}
		}
		return LocalizedText.of(texts);
	}

	/** Texts of several descriptions of one type: paragraphs of one text per language. */
	private static LocalizedText join(LocalizedText first, LocalizedText second) {
		LocalizedText joined = first;
		for (Map.Entry<String, String> entry : second.asMap().entrySet()) {
			String before = first.in(entry.getKey()).orElse(null);
			joined = joined.with(entry.getKey(), (before == null) ? entry.getValue() : before + "\n\n" + entry.getValue());
		}
		return joined;
	}

	private static String language(String tag, String what) throws Rejected {
		if (tag == null) {
			return null;
		}
		try {
			return LocalizedText.of(tag, "-").languages().iterator().next();
		}
		catch (IllegalArgumentException ex) {
			throw new Rejected(what + " '" + tag + "' is not a language tag");
		}
	}

	/** The title in the activity's language, cut at a word to fit the acronym's 60 characters. */
	static String acronym(LocalizedText title, String language) {
		String text = title.textFor(language).strip().replaceAll("\\s+", " ");
		if (text.length() <= ACRONYM) {
			return text;
		}
		String cut = text.substring(0, ACRONYM - 1);
		int space = cut.lastIndexOf(' ');
		return ((space > ACRONYM / 2) ? cut.substring(0, space) : cut).strip() + "…";
	}

	static String slug(String identifier) {
		String slug;
		try {
			slug = Slug.from(identifier);
		}
		catch (IllegalArgumentException ex) {
			slug = "iati-activity-" + sha256(identifier).substring(0, 12);
		}
		if (slug.length() > 120) {
			slug = slug.substring(0, 107).replaceAll("-+$", "") + "-" + sha256(identifier).substring(0, 12);
		}
		return slug;
	}

	private static BigDecimal percentage(String value, String what) throws Rejected {
		BigDecimal percentage = decimal(value, what + " percentage");
		if (percentage != null && (percentage.signum() < 0 || percentage.compareTo(BigDecimal.valueOf(100)) > 0)) {
			throw new Rejected(what + " percentage " + value + " is not between 0 and 100");
		}
		return percentage;
	}

	private static BigDecimal decimal(String value, String what) throws Rejected {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(value.strip());
		}
		catch (NumberFormatException ex) {
			throw new Rejected(what + " '" + value + "' is not a number");
		}
	}

	private static LocalDate date(String value, String what) throws Rejected {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip(), java.time.format.DateTimeFormatter.ISO_DATE);
		}
		catch (DateTimeParseException ex) {
			throw new Rejected(what + " '" + value + "' is not a date (YYYY-MM-DD)");
		}
	}

	private static void limit(String value, int max, String what) throws Rejected {
		if (value != null && value.length() > max) {
			throw new Rejected(what + " '" + value.substring(0, Math.min(40, value.length())) + "…' is longer than "
					+ max + " characters");
		}
	}

	private static String cut(String value, int max) {
		return (value == null || value.length() <= max) ? value : value.substring(0, max);
	}

	static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
