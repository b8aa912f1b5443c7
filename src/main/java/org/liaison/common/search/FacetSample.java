package org.liaison.common.search;

import java.beans.Introspector;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.ThreadLocalRandom;

import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

import org.liaison.common.LocalizedText;

/**
 * A random one in {@link SearchFields#FACET_SAMPLE_RATE} documents also carries all its facet values
 * in one field, {@link SearchFields#FACET_SAMPLE} ({@code region:africa}, {@code year:2015}…): on a
 * search that matches tens of thousands of items, facets are estimated from the sampled ones in
 * the same pass, one value list per sampled document instead of eight per document (ADR 10). The
 * field is searchable too, so that a second pass can read the sampled documents alone.
 * <p>
 * The facet properties are the entity's own {@link KeywordField}/{@link GenericField} mappings
 * named after a facet, and its {@link SearchableText} title (for the languages), found once at
 * start-up; nothing is added to the entities.
 */
final class FacetSample {

	private static final Set<String> FACETS = Set.of(SearchFields.REGION, SearchFields.COUNTRY, SearchFields.GOAL,
			SearchFields.PRIORITY, SearchFields.PROGRAMME, SearchFields.YEAR);

	private final IndexFieldReference<String> field;

	private final Map<String, Reader> facets;

	private final Reader title;

	private FacetSample(IndexFieldReference<String> field, Map<String, Reader> facets, Reader title) {
		this.field = field;
		this.facets = facets;
		this.title = title;
	}

	/** Declares the sample field and reads the facet properties of {@code type}. */
	static FacetSample bind(TypeBindingContext context, Class<?> type) {
		IndexFieldReference<String> field = context.indexSchemaElement()
			.field(SearchFields.FACET_SAMPLE, f -> f.asString().searchable(Searchable.YES).aggregable(Aggregable.YES))
			.multiValued()
			.toReference();
		Map<String, Reader> facets = new LinkedHashMap<>();
		Reader title = null;
		for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
			for (Field property : c.getDeclaredFields()) {
				title = consider(context, property, property.getName(), facets, title);
			}
			for (Method getter : c.getDeclaredMethods()) {
				String name = propertyName(getter);
				if (name != null) {
					title = consider(context, getter, name, facets, title);
				}
			}
		}
		return new FacetSample(field, facets, title);
	}

	private static Reader consider(TypeBindingContext context, AnnotatedElement element, String name,
			Map<String, Reader> facets, Reader title) {
		List<String> names = new ArrayList<>();
		for (KeywordField keyword : element.getAnnotationsByType(KeywordField.class)) {
			names.add(keyword.name());
		}
		for (GenericField generic : element.getAnnotationsByType(GenericField.class)) {
			names.add(generic.name());
		}
		for (String facet : names) {
			if (FACETS.contains(facet) && !facets.containsKey(facet)) {
				facets.put(facet, Reader.of(context, element, name));
			}
		}
		SearchableText text = element.getAnnotation(SearchableText.class);
		if (title == null && text != null && SearchFields.TITLE.equals(text.value())) {
			return Reader.of(context, element, name);
		}
		return title;
	}

	/**
	 * Reads one property of the entity, having declared what it depends on: a derived getter's
	 * {@link IndexingDependency#derivedFrom()} paths (Hibernate Search resolves those only for the
	 * getter's own field mapping, not for a bridge), else the property itself.
	 */
	private record Reader(AnnotatedElement element) {

		static Reader of(TypeBindingContext context, AnnotatedElement element, String name) {
			IndexingDependency dependency = element.getAnnotation(IndexingDependency.class);
			if (dependency != null && dependency.derivedFrom().length > 0) {
				for (ObjectPath path : dependency.derivedFrom()) {
					StringJoiner dotted = new StringJoiner(".");
					for (PropertyValue step : path.value()) {
						dotted.add(step.propertyName());
					}
					context.dependencies().use(dotted.toString());
				}
			}
			else {
				context.dependencies().use(name);
			}
			if (element instanceof Field field) {
				field.setAccessible(true);
			}
			else {
				((Method) element).setAccessible(true);
			}
			return new Reader(element);
		}

		Object read(Object item) {
			try {
				return (element instanceof Field field) ? field.get(item) : ((Method) element).invoke(item);
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException("Cannot read " + element + " for the facet sample", ex);
			}
		}

	}

	private static String propertyName(Method method) {
		if (method.getParameterCount() != 0) {
			return null;
		}
		String name = method.getName();
		if (name.startsWith("get") && name.length() > 3) {
			return Introspector.decapitalize(name.substring(3));
		}
		if (name.startsWith("is") && name.length() > 2) {
			return Introspector.decapitalize(name.substring(2));
		}
		return null;
	}

	boolean readsProperties() {
		return !facets.isEmpty() || title != null;
	}

	/** Writes the facet values of {@code item}, of type {@code type}, for one document in the sample rate. */
	void write(DocumentElement target, Object item, String type) {
		if (ThreadLocalRandom.current().nextInt(SearchFields.FACET_SAMPLE_RATE) != 0) {
			return;
		}
		target.addValue(field, SearchFields.TYPE + ':' + type);
		facets.forEach((facet, accessor) -> {
			Object value = accessor.read(item);
			if (value instanceof Collection<?> values) {
				values.forEach(v -> add(target, facet, v));
			}
			else {
				add(target, facet, value);
			}
		});
		if (title != null && title.read(item) instanceof LocalizedText text) {
			text.asMap().keySet().stream().filter(language -> !LocalizedText.NEUTRAL.equals(language))
				.forEach(language -> add(target, SearchFields.LANGUAGE, language));
		}
	}

	private void add(DocumentElement target, String facet, Object value) {
		if (value != null) {
			target.addValue(field, facet + ':' + value);
		}
	}

}
