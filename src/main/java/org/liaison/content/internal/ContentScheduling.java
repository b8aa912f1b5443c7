package org.liaison.content.internal;

import org.liaison.common.SchedulableType;
import org.liaison.content.Document;
import org.liaison.content.NewsItem;
import org.liaison.content.Page;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** News, pages and official documents can be published at a date and time. */
@Configuration(proxyBeanMethods = false)
class ContentScheduling {

	@Bean
	SchedulableType scheduledNews() {
		return new SchedulableType("news_item", "status", NewsItem.class, "news");
	}

	@Bean
	SchedulableType scheduledPages() {
		return new SchedulableType("page", "status", Page.class, "page");
	}

	@Bean
	SchedulableType scheduledDocuments() {
		return new SchedulableType("document", "status", Document.class, "document");
	}

}
