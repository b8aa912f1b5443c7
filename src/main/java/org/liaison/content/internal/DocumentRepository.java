package org.liaison.content.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.liaison.content.Document;
import org.liaison.common.PublicationStatus;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DocumentRepository extends JpaRepository<Document, Long> {

	Optional<Document> findBySlugAndStatus(String slug, PublicationStatus status);

	Optional<Document> findBySlug(String slug);

	List<Document> findByStatusOrderByIssuedOnDesc(PublicationStatus status);

	List<Document> findBySlugInAndStatus(Collection<String> slugs, PublicationStatus status);

	/** The back office's list: a text in the slug or any language of the title, a status; both optional. */
	@org.springframework.data.jpa.repository.Query("""
			select x from Document x
			where (:status is null or x.status = :status)
			  and (:text is null or lower(x.slug) like :text or lower(cast(x.title as String)) like :text)
			""")
	org.springframework.data.domain.Page<Document> search(String text, PublicationStatus status,
			org.springframework.data.domain.Pageable pageable);

}
