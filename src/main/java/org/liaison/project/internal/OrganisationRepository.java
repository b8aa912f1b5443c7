package org.liaison.project.internal;

import java.util.Optional;

import org.liaison.project.Organisation;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OrganisationRepository extends JpaRepository<Organisation, Long> {

	Optional<Organisation> findFirstByNameIgnoreCase(String name);

	/** Organisations by id, from the one after {@code id}; for keyset paging. */
	java.util.List<Organisation> findByIdGreaterThanOrderById(Long id, org.springframework.data.domain.Limit limit);

}
