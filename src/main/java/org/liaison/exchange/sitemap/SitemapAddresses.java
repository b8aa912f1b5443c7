package org.liaison.exchange.sitemap;

import java.time.LocalDate;
import java.util.List;

import org.liaison.common.web.PortalLanguages;
import org.liaison.content.ContentService;
import org.liaison.content.Document;
import org.liaison.content.NewsItem;
import org.liaison.content.Page;
import org.liaison.dialogue.DialogueSeries;
import org.liaison.dialogue.DialogueService;
import org.liaison.geography.GeographyService;
import org.liaison.geography.Region;
import org.liaison.partner.Partner;
import org.liaison.partner.PartnerService;
import org.liaison.project.Project;
import org.liaison.project.ProjectFilter;
import org.liaison.project.ProjectService;

import org.springframework.stereotype.Component;

/**
 * The portal's public pages in a fixed order (lists, regions, partners, dialogues, documents,
 * pages, news, projects), as paths after the language: what the sitemap lists. News and projects
 * are read a chunk at a time (projects by keyset), and reading stops once the visitor has enough.
 */
@Component
class SitemapAddresses {

	static final List<String> LISTS = List.of("", "regions", "partners", "projects", "dialogues", "news", "documents",
			"goals", "priorities", "topics", "opendata");

	private static final int CHUNK = 500;

	private final PortalLanguages languages;

	private final GeographyService geography;

	private final PartnerService partners;

	private final ProjectService projects;

	private final DialogueService dialogues;

	private final ContentService content;

	SitemapAddresses(PortalLanguages languages, GeographyService geography, PartnerService partners,
			ProjectService projects, DialogueService dialogues, ContentService content) {
		this.languages = languages;
		this.geography = geography;
		this.partners = partners;
		this.projects = projects;
		this.dialogues = dialogues;
		this.content = content;
	}

	/** How many pages there are (each is one address per language). */
	long pageCount() {
		return LISTS.size() + geography.regions().size() + partners.allPartners(languages.defaultLanguage()).size()
				+ dialogues.allSeries().size() + content.publishedDocuments().size() + content.publishedPages().size()
				+ content.latestNews(1, 1).getTotalElements() + projects.publishedProjectCount();
	}

	void forEach(Visitor visitor) {
		for (String path : LISTS) {
			visitor.add(path, null);
		}
		for (Region region : geography.regions()) {
			visitor.add("regions/" + region.getCode(), null);
		}
		for (Partner partner : partners.allPartners(languages.defaultLanguage())) {
			visitor.add("partners/" + partner.getSlug(), null);
		}
		for (DialogueSeries series : dialogues.allSeries()) {
			visitor.add("dialogues/" + series.getSlug(), null);
		}
		for (Document document : content.publishedDocuments()) {
			visitor.add("documents/" + document.getSlug(), null);
		}
		for (Page page : content.publishedPages()) {
			visitor.add("pages/" + page.getSlug(), null);
		}
		org.springframework.data.domain.Page<NewsItem> news;
		int newsPage = 1;
		do {
			news = content.latestNews(newsPage++, CHUNK);
			for (NewsItem item : news) {
				visitor.add("news/" + item.getSlug(), item.getPublishedOn());
			}
		}
		while (news.hasNext() && visitor.wantsMore());
		Long after = null;
		// A later file of a sitemap index starts deep into the projects: jump there by one index
		// scan instead of reading every project before it.
		long skip = visitor.pagesToSkip();
		if (skip > 0) {
			java.util.Optional<Long> last = projects.projectIdAt(skip - 1);
			if (last.isEmpty()) {
				return;
			}
			after = last.get();
			visitor.skip(skip);
		}
		List<Project> chunk;
		do {
			if (!visitor.wantsMore()) {
				return;
			}
			chunk = projects.findAfter(ProjectFilter.none(), null, after, CHUNK);
			for (Project project : chunk) {
				visitor.add("projects/" + project.getSlug(), null);
			}
			after = chunk.isEmpty() ? after : chunk.get(chunk.size() - 1).getId();
		}
		while (chunk.size() == CHUNK);
	}

	/** Receives the pages in order. */
	interface Visitor {

		void add(String path, LocalDate lastModified);

		/** {@code false} once the visitor needs no more pages. */
		boolean wantsMore();

		/** How many of the next pages the visitor would not write: they may be passed over. */
		long pagesToSkip();

		/** Passes over that many pages without offering them. */
		void skip(long pages);

	}

}
