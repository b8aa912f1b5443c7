package org.liaison.security.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How passwords are hashed (Spring Security's delegating encoder, bcrypt today), for the web server
 * and for commands that run without one alike.
 */
@Configuration(proxyBeanMethods = false)
class PasswordConfiguration {

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
