package org.liaison.project.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.liaison.geography.Country;
import org.liaison.project.Project;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Projects. The {@code Published} queries read what the public may see (a published profile); the
 * others read every project, for the back office, the API's writes and the importers.
 */
public interface ProjectRepository extends JpaRepository<Project, Long> {

	@Query("select p from Project p left join fetch p.programme where p.slug = :slug")
	Optional<Project> findBySlug(String slug);

	@Query("select p from Project p left join fetch p.programme where p.slug = :slug and p.publication.status = PUBLISHED")
	Optional<Project> findPublishedBySlug(String slug);

	@Query("select p from Project p left join fetch p.programme where p.id in :ids")
	List<Project> findWithProgrammeByIdIn(Collection<Long> ids);

	@Query("select distinct c from Project p join p.countries c where p.publication.status = PUBLISHED")
	List<Country> findCountriesWithPublishedProjects();

	@Query("select count(p) from Project p where p.publication.status = PUBLISHED")
	long countPublished();

	Optional<Project> findBySourceAndSourceId(String source, String sourceId);

	long countBySource(String source);

	long countByProgrammeId(Long programmeId);

	@Query("select p.acronym from Project p where p.programme.id = :programmeId order by p.acronym")
	List<String> findAcronymsByProgrammeId(Long programmeId, org.springframework.data.domain.Pageable pageable);

	@Query("select p from Project p where p.slug in :slugs and p.publication.status = PUBLISHED")
	List<Project> findPublishedBySlugIn(Collection<String> slugs);

}
