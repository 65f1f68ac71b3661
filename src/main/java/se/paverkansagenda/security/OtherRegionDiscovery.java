package se.paverkansagenda.security;

import jakarta.ws.rs.core.FeatureContext;
import org.glassfish.jersey.internal.spi.AutoDiscoverable;

/**
 * Adds {@link OtherRegionMappers} to every JAX-RS application of the application: the engine REST API at
 * {@code /engine-rest} and the web apps' own copy of it. Listed in {@code META-INF/services}.
 */
public class OtherRegionDiscovery implements AutoDiscoverable {

    @Override
    public void configure(FeatureContext context) {
        for (Class<?> mapper : new Class<?>[] {OtherRegionMappers.Engine.class, OtherRegionMappers.Rest.class}) {
            if (!context.getConfiguration().isRegistered(mapper)) {
                context.register(mapper);
            }
        }
    }
}
