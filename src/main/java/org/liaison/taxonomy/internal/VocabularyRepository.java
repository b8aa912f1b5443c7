package org.liaison.taxonomy.internal;

import java.util.Optional;

import org.liaison.taxonomy.Vocabulary;

import org.springframework.data.jpa.repository.JpaRepository;

public interface VocabularyRepository extends JpaRepository<Vocabulary, Long> {

	Optional<Vocabulary> findByCode(String code);

}
