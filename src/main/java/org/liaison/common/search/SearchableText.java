package org.liaison.common.search;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.hibernate.search.engine.environment.bean.BeanRetrieval;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.processing.PropertyMapping;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.processing.PropertyMappingAnnotationProcessor;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.processing.PropertyMappingAnnotationProcessorContext;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.processing.PropertyMappingAnnotationProcessorRef;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.PropertyMappingStep;

/**
 * Indexes a {@link org.liaison.common.LocalizedText} (or a plain {@code String}, as a text that reads
 * the same in every language) for full-text search, under one of the shared names of
 * {@link SearchFields}: each language's text with that language's analyzer, all of them in one
 * accent- and case-folded field, and a stored copy for showing results. See {@link LocalizedTextBinder}.
 */
@Documented
@Target({ ElementType.FIELD, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@PropertyMapping(processor = @PropertyMappingAnnotationProcessorRef(type = SearchableText.Processor.class,
		retrieval = BeanRetrieval.CONSTRUCTOR))
public @interface SearchableText {

	/** The shared field name: {@link SearchFields#TITLE}, {@link SearchFields#SUMMARY}, {@link SearchFields#BODY}, {@link SearchFields#LABEL}. */
	String value();

	/** Also index a prefix copy for suggestions and the text's languages as the language facet. */
	boolean suggest() default false;

	class Processor implements PropertyMappingAnnotationProcessor<SearchableText> {

		@Override
		public void process(PropertyMappingStep mapping, SearchableText annotation,
				PropertyMappingAnnotationProcessorContext context) {
			mapping.binder(new LocalizedTextBinder(annotation.value(), annotation.suggest()));
		}

	}

}
