package io.dcim.inventory.tag;

import static io.dcim.common.text.Fields.optional;
import static io.dcim.common.text.Fields.required;

import io.dcim.common.error.ConflictException;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.common.persistence.Database;
import io.dcim.common.persistence.VersionedStore;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.hibernate.Session;

/** The installation's tags: names unique ignoring case, slugs unique, a colour each. */
public final class TagService {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-f]{6}");
    /** A tag created without a colour is grey, like NetBox's default. */
    static final String DEFAULT_COLOUR = "#9e9e9e";

    private final Database db;
    private final VersionedStore<Tag> store;

    public TagService(Database db) {
        this.db = db;
        this.store = VersionedStore.named(db, Tag.class, "tag", Tag::getVersion, Tag::getName);
    }

    /** Every tag in name order with how many objects carry it. */
    public List<TagSummary> tags() {
        return db.read(session -> session.createQuery("select new io.dcim.inventory.tag.TagSummary(t.id, t.version, t.name,"
                + " t.slug, t.colour, t.description, (select count(a) from TagAssignment a where a.tagId = t.id))"
                + " from Tag t order by t.nameKey", TagSummary.class).getResultList());
    }

    public Tag tag(long id) {
        return store.find(id);
    }

    public Tag create(TagDetails details) {
        return store.create(session -> new Tag(checked(session, details, null)));
    }

    public Tag edit(long id, int expectedVersion, TagDetails details) {
        return store.edit(id, expectedVersion, (session, tag) -> tag.apply(checked(session, details, tag.getId())));
    }

    /**
     * Deletes a tag no object carries. One still in use is refused with the count: taking it off thousands
     * of devices is a bulk edit people should see, not a side effect of a delete.
     */
    public void delete(long id, int expectedVersion) {
        store.remove(id, expectedVersion, (session, tag) -> {
            long uses = session.createQuery("select count(a) from TagAssignment a where a.tagId = :t", Long.class)
                    .setParameter("t", tag.getId()).getSingleResult();
            if (uses > 0) {
                throw new ConflictException("id", Message.of("inventory.tag.inUse", tag.getName(), uses));
            }
        });
    }

    /** The details trimmed and completed (slug from the name, default colour), once they are valid and free. */
    private static TagDetails checked(Session session, TagDetails details, Long self) {
        String name = required("name", details.name(), 60);
        String slug = optional("slug", details.slug(), 60);
        slug = slug == null ? slugOf(name) : slug.toLowerCase(Locale.ROOT);
        if (!SLUG.matcher(slug).matches()) {
            throw new InvalidValueException("slug", Message.of("inventory.tag.badSlug", slug));
        }
        String colour = optional("colour", details.colour(), 7);
        colour = colour == null ? DEFAULT_COLOUR : colour.toLowerCase(Locale.ROOT);
        if (!COLOUR.matcher(colour).matches()) {
            throw new InvalidValueException("colour", Message.of("inventory.tag.badColour", colour));
        }
        String description = optional("description", details.description(), 200);
        long self0 = self == null ? -1L : self;
        if (clashes(session, "upper(t.name) = :v", name.toUpperCase(Locale.ROOT), self0)) {
            throw new ConflictException("name", Message.of("inventory.tag.exists", name));
        }
        if (clashes(session, "t.slug = :v", slug, self0)) {
            throw new ConflictException("slug", Message.of("inventory.tag.slugExists", slug));
        }
        return new TagDetails(name, slug, colour, description);
    }

    private static boolean clashes(Session session, String condition, String value, long self) {
        return session.createQuery("select count(t) from Tag t where " + condition + " and t.id <> :self", Long.class)
                .setParameter("v", value).setParameter("self", self).getSingleResult() > 0;
    }

    /**
     * "Training pool" becomes {@code training-pool}. A name with no Latin letters or digits (训练池) gives no
     * slug of its own; it is then {@code tag-} and the name's code points in hex, stable and URL-safe.
     */
    static String slugOf(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (!ascii.isEmpty()) {
            return ascii.length() > 60 ? ascii.substring(0, 60).replaceAll("-+$", "") : ascii;
        }
        StringBuilder hex = new StringBuilder("tag");
        name.codePoints().forEach(cp -> hex.append('-').append(Integer.toHexString(cp)));
        return hex.length() > 60 ? hex.substring(0, 60).replaceAll("-[0-9a-f]*$", "") : hex.toString();
    }
}
