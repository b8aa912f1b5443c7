package org.liaison.content.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.liaison.content.Document;
import org.liaison.content.PublicationStatus;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DocumentRepository extends JpaRepository<Document, Long> {

	Optional<Document> findBySlugAndStatus(String slug, PublicationStatus status);

	Optional<Document> findBySlug(String slug);

	List<Document> findByStatusOrderByIssuedOnDesc(PublicationStatus status);

	List<Document> findBySlugInAndStatus(Collection<String> slugs, PublicationStatus status);

}
