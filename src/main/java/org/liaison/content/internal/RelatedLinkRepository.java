package org.liaison.content.internal;

import java.util.List;

import org.liaison.content.LinkKind;
import org.liaison.content.RelatedLink;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RelatedLinkRepository extends JpaRepository<RelatedLink, Long> {

	List<RelatedLink> findBySourceTypeAndSourceKeyAndKindOrderByPositionAsc(String sourceType, String sourceKey,
			LinkKind kind);

	int countBySourceTypeAndSourceKeyAndKind(String sourceType, String sourceKey, LinkKind kind);

}
