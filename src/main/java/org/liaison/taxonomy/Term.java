package org.liaison.taxonomy;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import org.hibernate.annotations.Type;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

import org.liaison.common.LocalizedText;
import org.liaison.common.LocalizedTextType;
import org.liaison.common.Slug;
import org.liaison.common.search.SearchFields;
import org.liaison.common.search.SearchItem;
import org.liaison.common.search.SearchableText;

/** One term of a vocabulary: "Tackle global societal challenges", "Digital skills & literacy", "5G". */
@Entity
@org.hibernate.envers.Audited
@SearchItem("term")
public class Term {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	// Few vocabularies, always needed to place a term (its path, its kind): loaded with the term.
	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@org.hibernate.envers.Audited(targetAuditMode = org.hibernate.envers.RelationTargetAuditMode.NOT_AUDITED)
	private Vocabulary vocabulary;

	private String slug;

	@Type(LocalizedTextType.class)
	@SearchableText(value = SearchFields.TITLE, suggest = true)
	private LocalizedText name;

	@Type(LocalizedTextType.class)
	@SearchableText(SearchFields.SUMMARY)
	private LocalizedText description = LocalizedText.empty();

	private int position;

	@jakarta.persistence.Version
	private long version;

	protected Term() {
	}

	/** Changes what the back office edits; the term stays in its vocabulary. */
	public void edit(String slug, LocalizedText name, LocalizedText description, int position) {
		if (name == null || name.isEmpty()) {
			throw new IllegalArgumentException("A term needs a name");
		}
		this.slug = Slug.require(slug);
		this.name = name;
		this.description = description;
		this.position = position;
	}

	public long getVersion() {
		return version;
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

	/** The slugs of the terms of one vocabulary among {@code terms}, e.g. an item's policy goals. */
	public static java.util.List<String> slugsIn(java.util.Collection<Term> terms, String vocabulary) {
		return terms.stream().filter(t -> t.getVocabulary().getCode().equals(vocabulary)).map(Term::getSlug).toList();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Term that && id != null && id.equals(that.id);
	}

	@Override
	public int hashCode() {
		return Term.class.hashCode();
	}

	// Derived values for the search index (facets, sorts, keys); read by Hibernate Search only.

	@KeywordField(name = SearchFields.KEY, projectable = Projectable.YES)
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "slug")),
			@ObjectPath(@PropertyValue(propertyName = "vocabulary")) })
	public String getSearchKey() {
		return TermPaths.pathOf(this);
	}

	@KeywordField(name = SearchFields.GOAL, aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "slug")),
			@ObjectPath(@PropertyValue(propertyName = "vocabulary")) })
	public String getSearchGoal() {
		return vocabulary.getCode().equals(Vocabulary.POLICY_GOALS) ? slug : null;
	}

	@KeywordField(name = SearchFields.PRIORITY, aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "slug")),
			@ObjectPath(@PropertyValue(propertyName = "vocabulary")) })
	public String getSearchPriority() {
		return vocabulary.getCode().equals(Vocabulary.D4D_PRIORITIES) ? slug : null;
	}

}
