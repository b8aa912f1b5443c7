package org.liaison;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Liaison: international digital cooperation — partners, dialogues, projects, goals —
 * and the multilingual public portal that reports on them.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class LiaisonApplication {

	public static void main(String[] args) {
		SpringApplication.run(LiaisonApplication.class, args);
	}

}
