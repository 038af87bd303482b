package io.dcim.inventory.tag;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.common.persistence.Chunks;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.hibernate.Session;

/**
 * Which objects carry which tags, the same for every {@link ObjectType}. Runs inside the transaction of the
 * use case that edits the object; tags are named by slug, as the API, filters and spreadsheets name them.
 */
public final class Tagging {

    private Tagging() {
    }

    /** The tags of each of the objects (in name order); objects without tags are absent. */
    public static Map<Long, List<TagChip>> of(Session session, ObjectType type, Collection<Long> ids) {
        Map<Long, List<TagChip>> tags = new HashMap<>();
        // Asked by an IN list of a page's ids, which Hibernate translates anew on every call (for 500 GPUs
        // twice the page's own query): first, by the index, whether any object of this kind has a tag at all.
        if (ids.isEmpty() || !anyTagged(session, type)) {
            return tags;
        }
        for (List<Long> chunk : Chunks.of(ids)) {
            session.createQuery("select a.objectId, t.id, t.name, t.slug, t.colour from TagAssignment a"
                            + " join Tag t on t.id = a.tagId where a.objectType = :type and a.objectId in (:ids)"
                            + " order by t.nameKey", Object[].class)
                    .setParameter("type", type).setParameter("ids", chunk).getResultList()
                    .forEach(row -> tags.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                            .add(new TagChip((Long) row[1], (String) row[2], (String) row[3], (String) row[4])));
        }
        return tags;
    }

    private static boolean anyTagged(Session session, ObjectType type) {
        return !session.createQuery("select a.id from TagAssignment a where a.objectType = :type", Long.class)
                .setParameter("type", type).setMaxResults(1).getResultList().isEmpty();
    }

    /** The object carries exactly these tags afterwards. */
    public static void set(Session session, ObjectType type, long id, Collection<String> slugs) {
        Set<Long> wanted = ids(resolve(session, slugs));
        List<TagAssignment> current = assignments(session, type, id);
        current.stream().filter(a -> !wanted.contains(a.getTagId())).forEach(session::remove);
        Set<Long> kept = new LinkedHashSet<>();
        current.forEach(a -> kept.add(a.getTagId()));
        wanted.stream().filter(Predicate.not(kept::contains)).forEach(tag -> session.persist(new TagAssignment(type, id, tag)));
    }

    /** Adds {@code add} and takes off {@code remove}, leaving the object's other tags as they are. */
    public static void change(Session session, ObjectType type, long id, List<Tag> add, List<Tag> remove) {
        Set<Long> removed = ids(remove);
        List<TagAssignment> current = assignments(session, type, id);
        current.stream().filter(a -> removed.contains(a.getTagId())).forEach(session::remove);
        Set<Long> has = new LinkedHashSet<>();
        current.forEach(a -> has.add(a.getTagId()));
        add.stream().map(Tag::getId).filter(tag -> !has.contains(tag) && !removed.contains(tag))
                .forEach(tag -> session.persist(new TagAssignment(type, id, tag)));
    }

    /** Takes every tag off an object that is being deleted, so no assignment outlives it (and counts as a use). */
    public static void forget(Session session, ObjectType type, long id) {
        assignments(session, type, id).forEach(session::remove);
    }

    /** The tags named by these slugs, each once; a slug no tag has is refused, naming the field {@code tags}. */
    public static List<Tag> resolve(Session session, Collection<String> slugs) {
        Set<String> wanted = new LinkedHashSet<>();
        slugs.stream().filter(s -> s != null && !s.isBlank()).forEach(s -> wanted.add(s.trim().toLowerCase(Locale.ROOT)));
        if (wanted.isEmpty()) {
            return List.of();
        }
        Map<String, Tag> found = new HashMap<>();
        for (List<String> chunk : Chunks.of(wanted)) {
            session.createQuery("from Tag t where t.slug in (:slugs)", Tag.class).setParameter("slugs", chunk)
                    .getResultList().forEach(t -> found.put(t.getSlug(), t));
        }
        List<Tag> tags = new ArrayList<>();
        for (String slug : wanted) {
            Tag tag = found.get(slug);
            if (tag == null) {
                throw new InvalidValueException("tags", Message.of("inventory.tag.unknown", slug));
            }
            tags.add(tag);
        }
        return tags;
    }

    private static List<TagAssignment> assignments(Session session, ObjectType type, long id) {
        return session.createQuery("from TagAssignment a where a.objectType = :type and a.objectId = :id",
                TagAssignment.class).setParameter("type", type).setParameter("id", id).getResultList();
    }

    private static Set<Long> ids(List<Tag> tags) {
        Set<Long> ids = new LinkedHashSet<>();
        tags.forEach(t -> ids.add(t.getId()));
        return ids;
    }
}
