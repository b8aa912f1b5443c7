package org.liaison.security.internal;

import java.util.Optional;

import org.liaison.security.UserAccount;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AccountRepository extends JpaRepository<UserAccount, Long> {

	Optional<UserAccount> findByUsername(String username);

	Optional<UserAccount> findByEmailIgnoreCase(String email);

}
