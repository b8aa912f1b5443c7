package org.liaison.taxonomy;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.liaison.common.LocalizedText;
import org.liaison.taxonomy.internal.TermRepository;
import org.liaison.taxonomy.internal.VocabularyRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Vocabularies and terms: the taxonomy module's API. */
@Service
@Transactional(readOnly = true)
public class TaxonomyService {

	private final VocabularyRepository vocabularies;

	private final TermRepository terms;

	TaxonomyService(VocabularyRepository vocabularies, TermRepository terms) {
		this.vocabularies = vocabularies;
		this.terms = terms;
	}

	public Optional<Vocabulary> vocabulary(String code) {
		return vocabularies.findByCode(code);
	}

	/** The terms of a vocabulary in their editorial order. */
	public List<Term> terms(String vocabulary) {
		return terms.findByVocabulary(vocabulary);
	}

	public Optional<Term> term(String vocabulary, String slug) {
		return terms.findByVocabularyAndSlug(vocabulary, slug);
	}

	/** The terms named by slug; an error naming the first slug that the vocabulary lacks. */
	public List<Term> requireTerms(String vocabulary, Collection<String> slugs) {
		List<Term> found = terms.findByVocabularyAndSlugs(vocabulary, slugs);
		for (String slug : slugs) {
			if (found.stream().noneMatch(t -> t.getSlug().equals(slug))) {
				throw new IllegalArgumentException("Vocabulary '" + vocabulary + "' has no term '" + slug + "'");
			}
		}
		return found;
	}

	@Transactional
	public Vocabulary createVocabulary(String code, LocalizedText name, int position) {
		if (vocabularies.findByCode(code).isPresent()) {
			throw new IllegalArgumentException("A vocabulary with code '" + code + "' exists already");
		}
		return vocabularies.save(new Vocabulary(code, name, position));
	}

	@Transactional
	public Term addTerm(String vocabularyCode, String slug, LocalizedText name, LocalizedText description) {
		Vocabulary vocabulary = vocabularies.findByCode(vocabularyCode)
			.orElseThrow(() -> new IllegalArgumentException("There is no vocabulary '" + vocabularyCode + "'"));
		if (terms.findByVocabularyAndSlug(vocabularyCode, slug).isPresent()) {
			throw new IllegalArgumentException("Vocabulary '" + vocabularyCode + "' has a term '" + slug + "' already");
		}
		int position = terms.findByVocabulary(vocabularyCode).size();
		return terms.save(new Term(vocabulary, slug, name, description, position));
	}

}
