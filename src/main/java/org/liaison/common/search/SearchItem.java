package org.liaison.common.search;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.environment.bean.BeanRetrieval;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.processing.TypeMapping;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.processing.TypeMappingAnnotationProcessor;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.processing.TypeMappingAnnotationProcessorContext;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.processing.TypeMappingAnnotationProcessorRef;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;

/**
 * Puts an entity in the search, in an index of its own named by its {@link #value() type} (which is
 * also its {@link SearchFields#TYPE} facet value). Every row is indexed, with its
 * {@link SearchFields#VISIBILITY}: {@link SearchFields#PUBLIC} for what anyone may find,
 * {@link SearchFields#STAFF} for what only signed-in staff may find — a draft (with
 * {@link #publishedOnly()}, while {@link Publishable#isPublic()} is false) or a {@link #staffOnly()}
 * type such as commitments. Public searches filter on it, so a draft never reaches a visitor.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@TypeMapping(processor = @TypeMappingAnnotationProcessorRef(type = SearchItem.Processor.class,
		retrieval = BeanRetrieval.CONSTRUCTOR))
public @interface SearchItem {

	/** The item's type code: {@code project}, {@code news}… */
	String value();

	/** Public only while {@link Publishable#isPublic()} is true (needs the entity to implement it); staff always. */
	boolean publishedOnly() default false;

	/** With {@link #publishedOnly()}: the persistent properties that {@link Publishable#isPublic()} reads. */
	String[] visibility() default { "status" };

	/** With {@link #publishedOnly()}: the same rule as a JPQL condition on {@code e}, to count public rows. */
	String publicWhere() default "e.status = PUBLISHED";

	/** Never public: found by signed-in staff only (commitments). */
	boolean staffOnly() default false;

	class Processor implements TypeMappingAnnotationProcessor<SearchItem> {

		@Override
		public void process(TypeMappingStep mapping, SearchItem annotation, TypeMappingAnnotationProcessorContext context) {
			mapping.indexed().index(annotation.value());
			mapping.binder(new TypeBinderImpl(annotation, context.annotatedElement().javaClass()));
		}

	}

	/**
	 * Writes the constant type code and the item's visibility into every document of the index, and
	 * the facet sample ({@link FacetSample}) into some.
	 */
	final class TypeBinderImpl implements TypeBinder {

		private final SearchItem item;

		private final Class<?> type;

		TypeBinderImpl(SearchItem item, Class<?> type) {
			this.item = item;
			this.type = type;
		}

		@Override
		public void bind(TypeBindingContext context) {
			// The sample's accessors declare what they read; a change to any property that decides
			// visibility re-indexes the document too.
			FacetSample sample = FacetSample.bind(context, type);
			if (item.publishedOnly()) {
				for (String property : item.visibility()) {
					context.dependencies().use(property);
				}
			}
			else if (!sample.readsProperties()) {
				context.dependencies().useRootOnly();
			}
			IndexFieldReference<String> typeField = context.indexSchemaElement()
				.field(SearchFields.TYPE, f -> f.asString().aggregable(Aggregable.YES).projectable(Projectable.YES))
				.toReference();
			IndexFieldReference<String> visibility = context.indexSchemaElement()
				.field(SearchFields.VISIBILITY, f -> f.asString().projectable(Projectable.YES))
				.toReference();
			String code = item.value();
			boolean staffOnly = item.staffOnly();
			boolean publishedOnly = item.publishedOnly();
			context.bridge(Object.class, (TypeBridge<Object>) (target, bridged, ctx) -> {
				target.addValue(typeField, code);
				boolean open = !staffOnly && (!publishedOnly || ((Publishable) bridged).isPublic());
				target.addValue(visibility, open ? SearchFields.PUBLIC : SearchFields.STAFF);
				sample.write(target, bridged, code);
			});
		}

	}

}
