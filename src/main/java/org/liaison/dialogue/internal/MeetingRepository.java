package org.liaison.dialogue.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.liaison.dialogue.Meeting;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MeetingRepository extends JpaRepository<Meeting, Long> {

	@Query("select m from Meeting m join fetch m.series where m.series.id in :seriesIds order by m.startsAt desc")
	List<Meeting> findBySeries(Collection<Long> seriesIds);

	@Query("select m from Meeting m join fetch m.series s where s.slug = :slug and m.sequenceNumber = :number")
	Optional<Meeting> findBySeriesSlugAndNumber(String slug, int number);

	/** Meetings the public may see (held, or announced), with their series; newest first. */
	@Query("""
			select m from Meeting m join fetch m.series s
			where (m.status = org.liaison.dialogue.MeetingStatus.HELD or m.publiclyListed = true)
			  and (:seriesSlug is null or s.slug = :seriesSlug)
			  and (:partnerId is null or exists (select 1 from DialogueSeries s2 join s2.partners p where s2 = s and p.id = :partnerId))
			order by m.startsAt desc
			""")
	List<Meeting> findPublic(String seriesSlug, Long partnerId, org.springframework.data.domain.Pageable page);

	@Query("select m from Meeting m join fetch m.series s where s.slug in :slugs")
	List<Meeting> findBySeriesSlugs(Collection<String> slugs);

	@Query("select m from Meeting m join fetch m.series order by m.startsAt desc")
	List<Meeting> findAllNewestFirst(org.springframework.data.domain.Pageable page);

	@Query("select coalesce(max(m.sequenceNumber), 0) from Meeting m where m.series.id = :seriesId")
	int lastSequenceNumber(Long seriesId);

}
