package org.liaison.security.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.liaison.security.ApiToken;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

	Optional<ApiToken> findByTokenHash(String tokenHash);

	boolean existsByName(String name);

	List<ApiToken> findAllByOrderByRevokedAtDescCreatedAtDesc();

	/** Notes a use, at most once per {@code since} interval, so that reads do not write on every request. */
	@Modifying
	@Query("update ApiToken t set t.lastUsedAt = :now where t.id = :id and (t.lastUsedAt is null or t.lastUsedAt < :since)")
	int touch(Long id, Instant now, Instant since);

}
