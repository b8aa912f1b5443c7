package org.liaison.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.liaison.common.ItemRef;
import org.liaison.common.ItemType;
import org.liaison.common.LocalizedText;
import org.liaison.common.Money;
import org.liaison.content.LinkKind;
import org.liaison.demo.DemoData.BudgetLineEntry;
import org.liaison.demo.DemoData.LinkEntry;
import org.liaison.demo.DemoData.PartnerEntry;
import org.liaison.demo.DemoData.ProgrammeEntry;
import org.liaison.demo.DemoData.RegionEntry;
import org.liaison.demo.DemoData.TermEntry;
import org.liaison.demo.DemoData.VocabularyEntry;

/**
 * Reads a data set from YAML and checks it whole — required fields, slugs, country codes, and
 * every reference between its items — so that bad data is refused before anything is stored,
 * with a message that names the file, the path and the value.
 */
final class DemoDataReader {

	private final YamlNode root;

	private final KnownItems known = new KnownItems();

	private DemoDataReader(YamlNode root) {
		this.root = root;
	}

	/** Reads and checks a data set; {@code source} names the file in error messages. */
	static DemoData read(String source, String yaml) {
		return new DemoDataReader(YamlNode.parse(source, yaml)).read(source);
	}

	private DemoData read(String source) {
		if (root.isMissing()) {
			throw root.error("the data set is empty");
		}
		root.allowOnly("vocabularies", "regions", "partners", "programmes", "projects", "documents", "dialogues",
				"news", "pages", "links");
		// Sections are read in the order they depend on each other, whatever their order in the
		// file, so that each reference is checked against what was defined before it.
		List<VocabularyEntry> vocabularies = each(root.get("vocabularies"), this::vocabulary);
		List<RegionEntry> regions = each(root.get("regions"), this::region);
		List<PartnerEntry> partners = each(root.get("partners"), this::partner);
		List<ProgrammeEntry> programmes = each(root.get("programmes"), this::programme);
		ActivityReader activities = new ActivityReader(known);
		var projects = each(root.get("projects"), activities::project);
		ContentReader content = new ContentReader(known);
		var documents = each(root.get("documents"), content::document);
		var dialogues = each(root.get("dialogues"), activities::dialogue);
		var news = each(root.get("news"), content::news);
		var pages = each(root.get("pages"), content::page);
		return new DemoData(source, vocabularies, regions, partners, programmes, projects, documents, dialogues, news,
				pages, links(root.get("links")));
	}

	static <T> List<T> each(YamlNode list, Function<YamlNode, T> reader) {
		return list.items().stream().map(reader).toList();
	}

	/** An amount and its ISO 4217 currency, as two sibling fields. */
	static Money money(YamlNode amount, YamlNode currency) {
		BigDecimal value = amount.requireDecimal();
		if (value.signum() < 0) {
			throw amount.error("'" + value + "' is negative");
		}
		try {
			return new Money(value, currency.requireText());
		}
		catch (IllegalArgumentException ex) {
			throw currency.error(ex.getMessage());
		}
	}

	/** A sum written as {@code {amount: 999719, currency: EUR}}, or null when missing. */
	static Money optionalMoney(YamlNode node) {
		if (node.isMissing()) {
			return null;
		}
		node.allowOnly("amount", "currency");
		return money(node.get("amount"), node.get("currency"));
	}

	private VocabularyEntry vocabulary(YamlNode node) {
		node.allowOnly("code", "name", "terms");
		String code = known.defineVocabulary(node.get("code"));
		return new VocabularyEntry(code, node.get("name").requireLocalized(),
				each(node.get("terms"), term -> term(term, code)));
	}

	private TermEntry term(YamlNode node, String vocabulary) {
		node.allowOnly("slug", "name", "description");
		return new TermEntry(known.defineTerm(node.get("slug"), vocabulary), node.get("name").requireLocalized(),
				node.get("description").localized());
	}

	private RegionEntry region(YamlNode node) {
		node.allowOnly("code", "name", "summary", "countries");
		return new RegionEntry(known.define(node.get("code"), ItemType.REGION), node.get("name").requireLocalized(),
				node.get("summary").localized(), known.countries(node.get("countries")));
	}

	private PartnerEntry partner(YamlNode node) {
		boolean countryPartner = !node.get("country").isMissing();
		if (countryPartner) {
			// a country partner is named as CLDR names its country, in every language at once
			node.allowOnly("slug", "country", "strategic", "summary");
		}
		else {
			node.allowOnly("slug", "name", "strategic", "summary", "website", "regions");
		}
		String slug = known.define(node.get("slug"), ItemType.PARTNER);
		boolean strategic = node.get("strategic").flag(false);
		LocalizedText summary = node.get("summary").localized();
		if (countryPartner) {
			return new PartnerEntry(slug, known.country(node.get("country")), LocalizedText.empty(), strategic, summary,
					null, List.of());
		}
		return new PartnerEntry(slug, null, node.get("name").requireLocalized(), strategic, summary,
				node.get("website").text(), known.allExisting(node.get("regions"), ItemType.REGION));
	}

	private ProgrammeEntry programme(YamlNode node) {
		node.allowOnly("slug", "name", "description", "startYear", "endYear", "budgetLines");
		String slug = known.define(node.get("slug"), ItemType.PROGRAMME);
		Integer startYear = node.get("startYear").integer();
		Integer endYear = node.get("endYear").integer();
		if (startYear != null && endYear != null && endYear < startYear) {
			throw node.get("endYear").error(endYear + " is before the start year " + startYear);
		}
		return new ProgrammeEntry(slug, node.get("name").requireLocalized(), node.get("description").localized(),
				startYear, endYear, each(node.get("budgetLines"), this::budgetLine));
	}

	private BudgetLineEntry budgetLine(YamlNode node) {
		node.allowOnly("title", "year", "amount", "currency", "managedBy");
		return new BudgetLineEntry(node.get("title").requireLocalized(), node.get("year").requireInt(),
				money(node.get("amount"), node.get("currency")), node.get("managedBy").text());
	}

	private List<LinkEntry> links(YamlNode list) {
		List<LinkEntry> links = new ArrayList<>();
		Set<LinkEntry> seen = new HashSet<>();
		for (YamlNode node : list.items()) {
			node.allowOnly("from", "related", "seeAlso");
			ItemRef source = known.itemRef(node.get("from"));
			for (YamlNode target : node.get("related").items()) {
				links.add(link(source, target, LinkKind.RELATED, seen));
			}
			for (YamlNode target : node.get("seeAlso").items()) {
				links.add(link(source, target, LinkKind.SEE_ALSO, seen));
			}
		}
		return links;
	}

	private LinkEntry link(ItemRef source, YamlNode node, LinkKind kind, Set<LinkEntry> seen) {
		ItemRef target = known.itemRef(node);
		if (target.equals(source)) {
			throw node.error("an item cannot be linked to itself");
		}
		LinkEntry link = new LinkEntry(source, target, kind);
		if (!seen.add(link)) {
			throw node.error("'" + target + "' is linked from " + source + " twice");
		}
		return link;
	}

}
