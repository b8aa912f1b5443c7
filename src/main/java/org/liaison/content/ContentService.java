package org.liaison.content;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.hibernate.Hibernate;

import org.liaison.common.LocalizedText;
import org.liaison.content.internal.DocumentRepository;
import org.liaison.content.internal.NewsItemRepository;
import org.liaison.content.internal.PageRepository;
import org.liaison.partner.Partner;
import org.liaison.partner.PartnerService;
import org.liaison.taxonomy.TaxonomyService;
import org.liaison.taxonomy.Vocabulary;
import org.liaison.common.PublicationStatus;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** News, pages and documents: the content module's API. Public reads see published items only. */
@Service
@Transactional(readOnly = true)
public class ContentService {

	/** News items on one page of the news list. */
	public static final int NEWS_PAGE_SIZE = 10;

	private final NewsItemRepository news;

	private final PageRepository pages;

	private final DocumentRepository documents;

	private final PartnerService partners;

	private final TaxonomyService taxonomy;

	ContentService(NewsItemRepository news, PageRepository pages, DocumentRepository documents,
			PartnerService partners, TaxonomyService taxonomy) {
		this.news = news;
		this.pages = pages;
		this.documents = documents;
		this.partners = partners;
		this.taxonomy = taxonomy;
	}

	public Optional<NewsItem> publishedNews(String slug) {
		return news.findBySlugAndStatus(slug, PublicationStatus.PUBLISHED);
	}

	/** A published news item with the partners and topics it is about loaded, for its page. */
	public Optional<NewsItem> publishedNewsForPage(String slug) {
		Optional<NewsItem> found = publishedNews(slug);
		found.ifPresent(item -> {
			Hibernate.initialize(item.getPartners());
			Hibernate.initialize(item.getTerms());
		});
		return found;
	}

	/**
	 * A news item in any status with what its public page shows loaded, for the back office's preview.
	 * Only the back office may call this: it shows drafts.
	 */
	public Optional<NewsItem> newsForPreview(long id) {
		Optional<NewsItem> found = news.findById(id);
		found.ifPresent(item -> {
			Hibernate.initialize(item.getPartners());
			Hibernate.initialize(item.getTerms());
		});
		return found;
	}

	/** A page (counted from 1) of published news, latest first. */
	public org.springframework.data.domain.Page<NewsItem> latestNews(int page, int size) {
		return news.findByStatusOrderByPublishedOnDescIdDesc(PublicationStatus.PUBLISHED,
				PageRequest.of(page - 1, size));
	}

	/**
	 * Up to {@code limit} published news items, latest first, following the item published on
	 * {@code afterDate} with id {@code afterId} (both null: from the latest); for keyset paging.
	 */
	public List<NewsItem> publishedNewsAfter(LocalDate afterDate, Long afterId, int limit) {
		List<NewsItem> items = (afterDate == null || afterId == null)
				? news.findByStatusOrderByPublishedOnDescIdDesc(PublicationStatus.PUBLISHED,
						org.springframework.data.domain.Limit.of(limit))
				: news.findPublishedAfter(afterDate, afterId, org.springframework.data.domain.Limit.of(limit));
		items.forEach(item -> {
			Hibernate.initialize(item.getPartners());
			Hibernate.initialize(item.getTerms());
		});
		return items;
	}

	public List<NewsItem> newsAbout(Partner partner, int limit) {
		return news.findPublishedAboutPartner(partner.getId(), PageRequest.of(0, limit));
	}

	/** Published news about any of these partners, latest first, each item once. */
	public List<NewsItem> newsAbout(java.util.Collection<Partner> partners, int limit) {
		if (partners.isEmpty()) {
			return List.of();
		}
		return news.findPublishedAboutPartners(partners.stream().map(Partner::getId).toList(),
				PageRequest.of(0, limit));
	}

	/** Published news tagged with the term (a policy goal, a theme…), latest first. */
	public List<NewsItem> newsTagged(org.liaison.taxonomy.Term term, int limit) {
		return news.findPublishedTagged(term.getId(), PageRequest.of(0, limit));
	}

	public Optional<Page> publishedPage(String slug) {
		return pages.findBySlugAndStatus(slug, PublicationStatus.PUBLISHED);
	}

	/** Every published page, by slug. */
	public List<Page> publishedPages() {
		return pages.findByStatusOrderBySlug(PublicationStatus.PUBLISHED);
	}

	public Optional<Document> publishedDocument(String slug) {
		return documents.findBySlugAndStatus(slug, PublicationStatus.PUBLISHED);
	}

	public List<Document> publishedDocuments() {
		return documents.findByStatusOrderByIssuedOnDesc(PublicationStatus.PUBLISHED);
	}

	@Transactional
	public NewsItem writeNews(String slug, LocalizedText title, LocalizedText teaser, LocalizedText body,
			LocalDate publishedOn, Collection<String> partnerSlugs, Collection<String> themeSlugs,
			PublicationStatus status) {
		if (news.findBySlug(slug).isPresent()) {
			throw new IllegalArgumentException("A news item with slug '" + slug + "' exists already");
		}
		NewsItem item = new NewsItem(slug, title, teaser, body, publishedOn);
		for (String partnerSlug : partnerSlugs) {
			item.about(partners.anyPartner(partnerSlug)
				.orElseThrow(() -> new IllegalArgumentException("There is no partner '" + partnerSlug + "'")));
		}
		item.tag(taxonomy.requireTerms(Vocabulary.THEMES, themeSlugs));
		item.moveTo(status);
		return news.save(item);
	}

	@Transactional
	public Page writePage(String slug, LocalizedText title, LocalizedText summary, LocalizedText body,
			PublicationStatus status) {
		if (pages.findBySlug(slug).isPresent()) {
			throw new IllegalArgumentException("A page with slug '" + slug + "' exists already");
		}
		Page page = new Page(slug, title, summary, body);
		page.moveTo(status);
		return pages.save(page);
	}

	@Transactional
	public Document recordDocument(String slug, DocumentKind kind, LocalizedText title, LocalDate issuedOn,
			String issuer, LocalizedText summary, LocalizedText quote, String url, PublicationStatus status) {
		if (documents.findBySlug(slug).isPresent()) {
			throw new IllegalArgumentException("A document with slug '" + slug + "' exists already");
		}
		Document document = new Document(slug, kind, title, issuedOn, issuer);
		document.describe(summary, quote, url);
		document.moveTo(status);
		return documents.save(document);
	}

}
