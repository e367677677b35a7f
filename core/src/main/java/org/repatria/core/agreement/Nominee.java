package org.repatria.core.agreement;

import java.util.Objects;
import org.repatria.core.party.PartyId;
import org.repatria.core.person.Category;
import org.repatria.core.person.PartialDate;

/**
 * A person nominated for an exchange by the side that holds them and would hand them over.
 *
 * @param holder       the side that holds the person (or the remains) and nominates them
 * @param health       as classified by the nominating side
 * @param serviceNumber military id, empty when not known or not a serviceman
 * @param bodyTag      the holder's tag on the remains, empty for the living
 * @param displayName  the name as the list writes it, for people reading manifests and acts
 */
public record Nominee(PersonRef person, PartyId holder, Category category, PartialDate birthDate, Health health,
                      String serviceNumber, String bodyTag, String displayName) {
    public Nominee {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(health, "health");
        serviceNumber = Objects.requireNonNullElse(serviceNumber, "").strip();
        bodyTag = Objects.requireNonNullElse(bodyTag, "").strip();
        displayName = Objects.requireNonNullElse(displayName, "").strip();
    }

    /** Whether a stretcher is needed to move this person. */
    public boolean needsStretcher() {
        return health == Health.SERIOUSLY_WOUNDED_OR_SICK;
    }
}
