package org.liaison.content.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.liaison.content.Page;
import org.liaison.common.PublicationStatus;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PageRepository extends JpaRepository<Page, Long> {

	Optional<Page> findBySlugAndStatus(String slug, PublicationStatus status);

	Optional<Page> findBySlug(String slug);

	List<Page> findByStatusOrderBySlug(PublicationStatus status);

	List<Page> findBySlugInAndStatus(Collection<String> slugs, PublicationStatus status);

	/** The back office's list: a text in the slug or any language of the title, a status; both optional. */
	@org.springframework.data.jpa.repository.Query("""
			select x from Page x
			where (:status is null or x.status = :status)
			  and (:text is null or lower(x.slug) like :text or lower(cast(x.title as String)) like :text)
			""")
	org.springframework.data.domain.Page<Page> search(String text, PublicationStatus status,
			org.springframework.data.domain.Pageable pageable);

}
