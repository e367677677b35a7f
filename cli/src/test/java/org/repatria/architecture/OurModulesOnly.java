package org.repatria.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;

/**
 * Imports our own modules and nothing else. In a reactor build the other modules arrive as jars
 * ({@code repatria-core-….jar}), so ArchUnit's "no jars" option would silently drop them.
 */
final class OurModulesOnly implements ImportOption {
    @Override
    public boolean includes(Location location) {
        return location.contains("/repatria-") || location.contains("/target/classes/");
    }
}
