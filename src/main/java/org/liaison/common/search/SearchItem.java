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
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingIndexedStep;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;

/**
 * Puts an entity in the public search, in an index of its own named by its {@link #value() type}
 * (which is also its {@link SearchFields#TYPE} facet value). With {@link #publishedOnly()}, the
 * entity must be {@link Publishable}, and only its public versions are ever written to the index:
 * a draft is removed from it, never searchable.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@TypeMapping(processor = @TypeMappingAnnotationProcessorRef(type = SearchItem.Processor.class,
		retrieval = BeanRetrieval.CONSTRUCTOR))
public @interface SearchItem {

	/** The item's type code: {@code project}, {@code news}… */
	String value();

	/** Index only the versions whose {@link Publishable#isPublic()} is true (needs the entity to implement it). */
	boolean publishedOnly() default false;

	/** With {@link #publishedOnly()}: the persistent properties that {@link Publishable#isPublic()} reads. */
	String[] visibility() default { "status" };

	/** With {@link #publishedOnly()}: the same rule as a JPQL condition on {@code e}, to count public rows. */
	String publicWhere() default "e.status = PUBLISHED";

	class Processor implements TypeMappingAnnotationProcessor<SearchItem> {

		@Override
		public void process(TypeMappingStep mapping, SearchItem annotation, TypeMappingAnnotationProcessorContext context) {
			TypeMappingIndexedStep indexed = mapping.indexed().index(annotation.value());
			if (annotation.publishedOnly()) {
				indexed.routingBinder(new PublishedOnlyRoutingBinder(annotation.visibility()));
			}
			mapping.binder(new TypeBinderImpl(annotation.value()));
		}

	}

	/** Writes the constant type code into every document of the index. */
	final class TypeBinderImpl implements TypeBinder {

		private final String type;

		TypeBinderImpl(String type) {
			this.type = type;
		}

		@Override
		public void bind(TypeBindingContext context) {
			context.dependencies().useRootOnly();
			IndexFieldReference<String> field = context.indexSchemaElement()
				.field(SearchFields.TYPE,
						f -> f.asString().aggregable(Aggregable.YES).projectable(Projectable.YES))
				.toReference();
			context.bridge(Object.class, (TypeBridge<Object>) (target, bridgedElement, ctx) -> target.addValue(field, type));
		}

	}

}
