package org.liaison.content.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.liaison.content.NewsItem;
import org.liaison.common.PublicationStatus;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface NewsItemRepository extends JpaRepository<NewsItem, Long> {

	Optional<NewsItem> findBySlugAndStatus(String slug, PublicationStatus status);

	Optional<NewsItem> findBySlug(String slug);

	Page<NewsItem> findByStatusOrderByPublishedOnDescIdDesc(PublicationStatus status, Pageable pageable);

	@Query("""
			select n from NewsItem n join n.partners p
			where p.id = :partnerId and n.status = org.liaison.common.PublicationStatus.PUBLISHED
			order by n.publishedOn desc, n.id desc
			""")
	List<NewsItem> findPublishedAboutPartner(Long partnerId, Pageable pageable);

	@Query("""
			select n from NewsItem n
			where n.status = org.liaison.common.PublicationStatus.PUBLISHED
			  and exists (select 1 from NewsItem n2 join n2.partners p where n2 = n and p.id in :partnerIds)
			order by n.publishedOn desc, n.id desc
			""")
	List<NewsItem> findPublishedAboutPartners(Collection<Long> partnerIds, Pageable pageable);

	@Query("""
			select n from NewsItem n
			where n.status = org.liaison.common.PublicationStatus.PUBLISHED
			  and exists (select 1 from NewsItem n2 join n2.terms t where n2 = n and t.id = :termId)
			order by n.publishedOn desc, n.id desc
			""")
	List<NewsItem> findPublishedTagged(Long termId, Pageable pageable);

	/** Published news, latest first, from the start (keyset paging: see {@link #findPublishedAfter}). */
	List<NewsItem> findByStatusOrderByPublishedOnDescIdDesc(PublicationStatus status,
			org.springframework.data.domain.Limit limit);

	/** Published news after the item published on {@code publishedOn} with {@code id}, latest first. */
	@Query("""
			select n from NewsItem n
			where n.status = org.liaison.common.PublicationStatus.PUBLISHED
			  and (n.publishedOn < :publishedOn or (n.publishedOn = :publishedOn and n.id < :id))
			order by n.publishedOn desc, n.id desc
			""")
	List<NewsItem> findPublishedAfter(java.time.LocalDate publishedOn, Long id,
			org.springframework.data.domain.Limit limit);

	List<NewsItem> findBySlugInAndStatus(Collection<String> slugs, PublicationStatus status);

	/** The back office's list: a text in the slug or any language of the title, a status; both optional. */
	@Query("""
			select n from NewsItem n
			where (:status is null or n.status = :status)
			  and (:text is null or lower(n.slug) like :text or lower(cast(n.title as String)) like :text)
			""")
	Page<NewsItem> search(String text, PublicationStatus status, Pageable pageable);

}
