package org.liaison.content.internal;

import java.util.List;

import org.liaison.content.LinkKind;
import org.liaison.content.RelatedLink;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface RelatedLinkRepository extends JpaRepository<RelatedLink, Long> {

	List<RelatedLink> findBySourceTypeAndSourceKeyAndKindOrderByPositionAsc(String sourceType, String sourceKey,
			LinkKind kind);

	int countBySourceTypeAndSourceKeyAndKind(String sourceType, String sourceKey, LinkKind kind);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("delete from RelatedLink l where l.sourceType = :sourceType and l.sourceKey = :sourceKey and l.kind = :kind")
	int deleteLinks(String sourceType, String sourceKey, LinkKind kind);

}
