package org.liaison.project.internal;

import java.util.Optional;

import org.liaison.project.Organisation;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OrganisationRepository extends JpaRepository<Organisation, Long> {

	Optional<Organisation> findFirstByNameIgnoreCase(String name);

}
