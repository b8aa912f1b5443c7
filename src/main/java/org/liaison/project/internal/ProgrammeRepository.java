package org.liaison.project.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.liaison.project.Programme;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ProgrammeRepository extends JpaRepository<Programme, Long> {

	Optional<Programme> findBySlug(String slug);

	List<Programme> findBySlugIn(Collection<String> slugs);

	List<Programme> findAllByOrderByStartYearDesc();

}
