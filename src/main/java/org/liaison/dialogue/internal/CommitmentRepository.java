package org.liaison.dialogue.internal;

import java.time.LocalDate;
import java.util.List;

import org.liaison.dialogue.Commitment;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CommitmentRepository extends JpaRepository<Commitment, Long> {

	String PENDING = "c.status in (org.liaison.dialogue.CommitmentStatus.OPEN, org.liaison.dialogue.CommitmentStatus.IN_PROGRESS)";

	@Query("select c from Commitment c join fetch c.meeting m join fetch m.series where " + PENDING
			+ " and c.dueOn < :today order by c.dueOn, c.id")
	List<Commitment> findOverdue(LocalDate today);

	@Query("select c from Commitment c join fetch c.meeting m join fetch m.series where " + PENDING
			+ " and c.dueOn >= :from and c.dueOn <= :until order by c.dueOn, c.id")
	List<Commitment> findDueBetween(LocalDate from, LocalDate until);

	@Query("select c from Commitment c join fetch c.meeting m join fetch m.series where lower(c.ownerEmail) = lower(:email)"
			+ " order by c.dueOn, c.id")
	List<Commitment> findByOwnerEmail(String email);

	@Query("select c from Commitment c join fetch c.meeting m join fetch m.series s where s.slug = :seriesSlug"
			+ " order by c.dueOn, c.id")
	List<Commitment> findBySeries(String seriesSlug);

	@Query("select c from Commitment c join fetch c.meeting m join fetch m.series s where s.slug = :seriesSlug"
			+ " and m.sequenceNumber = :number order by c.dueOn, c.id")
	List<Commitment> findByMeeting(String seriesSlug, int number);

	@Query("""
			select c from Commitment c join fetch c.meeting m join fetch m.series s
			where exists (select 1 from DialogueSeries s2 join s2.partners p where s2 = s and p.id = :partnerId)
			order by c.dueOn, c.id
			""")
	List<Commitment> findByPartner(Long partnerId);

	@Query("select count(c), coalesce(sum(case when c.dueOn < :today then 1 else 0 end), 0) from Commitment c where "
			+ PENDING + """
			  and exists (select 1 from DialogueSeries s2 join s2.partners p where s2 = c.meeting.series and p.id = :partnerId)
			""")
	Object[] countPendingWithPartner(Long partnerId, LocalDate today);

}
