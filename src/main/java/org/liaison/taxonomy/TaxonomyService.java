package org.liaison.taxonomy;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

	/** Every vocabulary, in editorial order. */
	public List<Vocabulary> vocabularies() {
		return vocabularies.findAll(org.springframework.data.domain.Sort.by("position", "code"));
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

	/** The vocabulary with this code, created with this name when there is none yet. */
	@Transactional
	public Vocabulary ensureVocabulary(String code, LocalizedText name, int position) {
		return vocabularies.findByCode(code).orElseGet(() -> vocabularies.save(new Vocabulary(code, name, position)));
	}

	/**
	 * The ids of the terms named by slug, creating those the vocabulary lacks with the given names
	 * (appended to its order). Names of existing terms are left as they are.
	 */
	@Transactional
	public Map<String, Long> ensureTerms(String vocabularyCode, Map<String, LocalizedText> namesBySlug) {
		Map<String, Long> ids = new HashMap<>();
		if (namesBySlug.isEmpty()) {
			return ids;
		}
		terms.findByVocabularyAndSlugs(vocabularyCode, namesBySlug.keySet()).forEach(t -> ids.put(t.getSlug(), t.getId()));
		if (ids.size() < namesBySlug.size()) {
			Vocabulary vocabulary = vocabularies.findByCode(vocabularyCode)
				.orElseThrow(() -> new IllegalArgumentException("There is no vocabulary '" + vocabularyCode + "'"));
			int position = terms.maxPosition(vocabulary.getId()) + 1;
			for (Map.Entry<String, LocalizedText> entry : namesBySlug.entrySet()) {
				if (!ids.containsKey(entry.getKey())) {
					Term term = terms.save(new Term(vocabulary, entry.getKey(), entry.getValue(), LocalizedText.empty(),
							position++));
					ids.put(term.getSlug(), term.getId());
				}
			}
		}
		return ids;
	}

}
