package org.liaison.dialogue.internal;

import java.util.List;
import java.util.Optional;

import org.liaison.dialogue.DialogueSeries;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DialogueSeriesRepository extends JpaRepository<DialogueSeries, Long> {

	Optional<DialogueSeries> findBySlug(String slug);

	List<DialogueSeries> findBySlugIn(java.util.Collection<String> slugs);

	@Query("select distinct s from DialogueSeries s join s.partners p where p.id = :partnerId")
	List<DialogueSeries> findByPartner(Long partnerId);

	List<DialogueSeries> findAllByOrderBySlugAsc();

}
