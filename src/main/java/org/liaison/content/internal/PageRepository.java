package org.liaison.content.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.liaison.content.Page;
import org.liaison.content.PublicationStatus;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PageRepository extends JpaRepository<Page, Long> {

	Optional<Page> findBySlugAndStatus(String slug, PublicationStatus status);

	Optional<Page> findBySlug(String slug);

	List<Page> findByStatusOrderBySlug(PublicationStatus status);

	List<Page> findBySlugInAndStatus(Collection<String> slugs, PublicationStatus status);

}
