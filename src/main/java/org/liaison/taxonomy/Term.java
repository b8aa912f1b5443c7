package org.liaison.taxonomy;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import org.hibernate.annotations.Type;

import org.liaison.common.LocalizedText;
import org.liaison.common.LocalizedTextType;
import org.liaison.common.Slug;

/** One term of a vocabulary: "Tackle global societal challenges", "Digital skills & literacy", "5G". */
@Entity
public class Term {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	// Few vocabularies, always needed to place a term (its path, its kind): loaded with the term.
	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	private Vocabulary vocabulary;

	private String slug;

	@Type(LocalizedTextType.class)
	private LocalizedText name;

	@Type(LocalizedTextType.class)
	private LocalizedText description = LocalizedText.empty();

	private int position;

	protected Term() {
	}

	public Term(Vocabulary vocabulary, String slug, LocalizedText name, LocalizedText description, int position) {
		this.vocabulary = vocabulary;
		this.slug = Slug.require(slug);
		this.name = name;
		this.description = description;
		this.position = position;
	}

	public Long getId() {
		return id;
	}

	public Vocabulary getVocabulary() {
		return vocabulary;
	}

	public String getSlug() {
		return slug;
	}

	public LocalizedText getName() {
		return name;
	}

	public LocalizedText getDescription() {
		return description;
	}

	public int getPosition() {
		return position;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Term that && id != null && id.equals(that.id);
	}

	@Override
	public int hashCode() {
		return Term.class.hashCode();
	}

}
