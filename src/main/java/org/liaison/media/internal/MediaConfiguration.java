package org.liaison.media.internal;

import jakarta.servlet.MultipartConfigElement;

import org.liaison.media.MediaSettings;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * The servlet container's upload limit: twice the image limit, so that a file somewhat too large
 * still reaches the form and gets its message there, while a huge request is cut off by the container.
 */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Configuration(proxyBeanMethods = false)
class MediaConfiguration {

	@Bean
	MultipartConfigElement multipartConfigElement(MediaSettings settings) {
		MultipartConfigFactory factory = new MultipartConfigFactory();
		long limit = settings.maxSize().toBytes() * 2 + 1024 * 1024;
		factory.setMaxFileSize(DataSize.ofBytes(limit));
		factory.setMaxRequestSize(DataSize.ofBytes(limit + 256 * 1024));
		factory.setFileSizeThreshold(DataSize.ofKilobytes(256));
		return factory.createMultipartConfig();
	}

}
