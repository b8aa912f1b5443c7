package org.liaison.taxonomy.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.liaison.taxonomy.Term;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TermRepository extends JpaRepository<Term, Long> {

	@Query("select t from Term t join fetch t.vocabulary v where v.code = :vocabulary order by t.position, t.id")
	List<Term> findByVocabulary(String vocabulary);

	@Query("select t from Term t join fetch t.vocabulary v where v.code = :vocabulary and t.slug = :slug")
	Optional<Term> findByVocabularyAndSlug(String vocabulary, String slug);

	@Query("select t from Term t join fetch t.vocabulary v where v.code = :vocabulary and t.slug in :slugs")
	List<Term> findByVocabularyAndSlugs(String vocabulary, Collection<String> slugs);

	org.springframework.data.domain.Page<Term> findByVocabularyId(Long vocabularyId,
			org.springframework.data.domain.Pageable pageable);

	@Query("select t.vocabulary.id, count(t) from Term t group by t.vocabulary.id")
	List<Object[]> countByVocabulary();

	@Query("select count(t) from Term t where t.vocabulary.id = :vocabularyId")
	long countByVocabularyId(Long vocabularyId);

	@Query("select coalesce(max(t.position), -1) from Term t where t.vocabulary.id = :vocabularyId")
	int maxPosition(Long vocabularyId);

}
