package org.liaison.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Demo data settings, bound from {@code liaison.demo.*} ({@code LIAISON_DEMO=false} turns it off).
 *
 * @param enabled whether an empty database gets the demo data set on its first start
 */
@ConfigurationProperties("liaison.demo")
public record DemoSettings(@DefaultValue("true") boolean enabled) {
}
