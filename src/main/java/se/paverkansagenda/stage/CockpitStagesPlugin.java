package se.paverkansagenda.stage;

import java.util.Set;
import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;

/**
 * Cockpit's planned-against-actual view: the tab on the process instance page
 * ({@code plugin-webapp/paverkansagenda/app/plugin.js}) and the resource it reads the cycle's stages
 * from, inside Cockpit's own login. Cockpit finds the plugin through
 * {@code META-INF/services/org.camunda.bpm.cockpit.plugin.spi.CockpitPlugin}.
 */
public class CockpitStagesPlugin extends AbstractCockpitPlugin {

    public static final String ID = "paverkansagenda";

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public Set<Class<?>> getResourceClasses() {
        return Set.of(CockpitStagesResource.class);
    }
}
