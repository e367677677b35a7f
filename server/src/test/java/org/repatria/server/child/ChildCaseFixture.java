package org.repatria.server.child;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.repatria.core.list.ListHeader;
import org.repatria.core.list.ListId;
import org.repatria.core.list.ListPurpose;
import org.repatria.core.list.PersonList;
import org.repatria.core.person.Category;
import org.repatria.core.person.DetailField;
import org.repatria.core.person.DetailValue;
import org.repatria.core.person.Details;
import org.repatria.core.person.PartialDate;
import org.repatria.core.person.Person;
import org.repatria.core.person.PersonName;
import org.repatria.core.person.Sex;
import org.repatria.server.Fixture;
import org.repatria.server.RunningServer;
import org.repatria.store.child.StoredPhoto;

/** A's request list of two children, stored and relayed to B, the first child's case with a photograph. */
public final class ChildCaseFixture {
    private ChildCaseFixture() {
    }

    /** Stores the list titled {@code title}; its id. Rows "c1" (parents, address, removal given; a photograph) and "c2". */
    public static ListId relayed(RunningServer running, String title) {
        ListId id = new ListId(UUID.nameUUIDFromBytes(title.getBytes(StandardCharsets.UTF_8)));
        Details given = new Details(Map.of(
                DetailField.FATHER_NAME, new DetailValue.Text("Петро Бондар"),
                DetailField.MOTHER_NAME, new DetailValue.Text("Олена Бондар"),
                DetailField.FAMILY_ADDRESS, new DetailValue.Text("Херсон, вул. Садова 3"),
                DetailField.REMOVAL_DATE, new DetailValue.Date(PartialDate.parseIso("2022-10-21"))));
        List<Person> children = List.of(child("c1", "Бондар", given), child("c2", "Мельник", Details.none()));
        var store = running.world().store;
        store.lists().add(new PersonList(new ListHeader(id, Fixture.A, ListPurpose.REQUEST, Category.CHILD, title,
                Instant.parse("2025-06-02T10:00:00Z"), children.size()), children));
        store.lists().relay(id, Fixture.B, Instant.parse("2025-06-02T11:00:00Z"));
        byte[] png = png();
        store.childCases().addPhoto(new StoredPhoto(UUID.randomUUID().toString(), id, "c1", "image/png", "2021", png.length,
                "0".repeat(64), "a-desk", Instant.parse("2025-06-03T09:00:00Z")), png);
        return id;
    }

    private static Person child(String row, String surname, Details details) {
        return new Person(row, new PersonName(surname, "Марія", ""), new PersonName("", "", ""), Sex.FEMALE,
                PartialDate.parseIso("2012-04-01"), "Херсон", "", "", "", Category.CHILD, details);
    }

    /** A small PNG image. */
    public static byte[] png() {
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0x336699);
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
