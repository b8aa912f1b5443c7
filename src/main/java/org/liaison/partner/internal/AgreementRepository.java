package org.liaison.partner.internal;

import java.util.List;

import org.liaison.partner.Agreement;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AgreementRepository extends JpaRepository<Agreement, Long> {

	List<Agreement> findByPartnerIdOrderBySignedOnDesc(Long partnerId);

	java.util.Optional<Agreement> findBySlug(String slug);

}
