package org.liaison.security.internal;

import java.util.Optional;

import org.liaison.security.UserAccount;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AccountRepository extends JpaRepository<UserAccount, Long> {

	Optional<UserAccount> findByUsername(String username);

	Optional<UserAccount> findByEmailIgnoreCase(String email);

	/** The back office's list: a text in the username, display name or e-mail, a role; both optional. */
	@org.springframework.data.jpa.repository.Query("""
			select u from UserAccount u
			where (:role is null or u.role = :role)
			  and (:text is null or lower(u.username) like :text or lower(coalesce(u.displayName, '')) like :text
			       or lower(coalesce(u.email, '')) like :text)
			""")
	org.springframework.data.domain.Page<UserAccount> search(String text, org.liaison.security.Role role,
			org.springframework.data.domain.Pageable pageable);

}
