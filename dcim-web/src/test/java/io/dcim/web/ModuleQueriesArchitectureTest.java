package io.dcim.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinTable;
import jakarta.persistence.Table;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hibernate.envers.Audited;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * No module writes a query against another module's entities (DESIGN.md: "ask its façade or its published
 * queries, never write HQL against another module's entities"). A query names an entity in a string, where
 * neither the compiler nor ArchUnit looks, and a renamed field would break it only at run time; so the
 * entities come from the compiled classes (ArchUnit) and the queries from the main sources of each domain
 * module, read as Java: every statement's string literals (text blocks and concatenations included) that read
 * like HQL, JPQL or SQL are searched for another module's entity name, table name, or a path through an
 * association that points into another module.
 *
 * <p>Every module the build lists is read, the doors (console, REST, shell) too: they own no entity, so any query
 * of theirs is someone else's. common's entities (the revision every audited change shares) are the base below
 * every module and may be named by all; common itself names no feature's.
 */
class ModuleQueriesArchitectureTest {

    /** A module of the parent POM (io.dcim.common lives in inventory's). */
    private static final Pattern MODULE = Pattern.compile("<module>\\s*([^<\\s]+)\\s*</module>");

    private static final String SHARED_MODULE = "common";

    private static Catalog catalog;

    @BeforeAll
    static void readTheEntitiesOfEveryModule() {
        catalog = Catalog.of(io.dcim.web.architecture.ProductClasses.get());
    }

    @Test
    void noModuleQueriesAnotherModulesEntities() {
        List<String> offences = new ArrayList<>();
        int files = 0;
        Path project = moduleSources("inventory").resolve("../../../..").normalize();
        List<String> modules = modules(project);
        assertThat(modules).contains("inventory", "identity", "power-cooling", "procurement", "forecasting");
        for (String module : modules) {
            Path root = moduleSources(module);
            if (!Files.isDirectory(root)) {
                continue;
            }
            List<Path> sources = javaFiles(root);
            files += sources.size();
            for (Path source : sources) {
                offences.addAll(catalog.offencesIn(project.relativize(source),
                        moduleOf(root, source), read(source)));
            }
        }
        assertThat(files).as("Java files scanned").isGreaterThan(300);
        assertThat(offences).as("queries that name another module's entity: publish the query in the module that"
                + " owns the entity and call it").isEmpty();
    }

    /** The reading itself: what it must catch and what it must let pass, on small samples. */
    @Test
    void theScannerFindsQueriesInEveryFormJavaWritesThem() {
        assertThat(catalog.entitiesOf("inventory")).contains("Cabinet", "Device", "Gpu", "Site", "CableEnd");
        assertThat(catalog.entitiesOf(SHARED_MODULE)).contains("Revision");

        String power = """
                class Sample {
                    void a() { q("select c.id from Cabinet c where c.id = :id"); }
                    void b() { q(\"""
                            select count(*)
                              from io.dcim.inventory.gpu.Gpu g\""", Long.class); }
                    void c() { q("select d.id" + " from " + table + " join" + "\\n device d on d.id = x.device_id"); }
                    void d() { q("select t.id from SnmpTarget t where t.cabinet.room.site.id = :site"); }
                    void e() { q("select t.id from SnmpTarget t where t.site.id = :site"); }
                    void f() { log.info("Device profile {} added by {} from {}", id, who, name); }
                    // select c.id from Cabinet c: a comment is not a query
                    void g() { q("select a.id from PowerAlarm a join a.target t where t.cabinetId in :ids"); }
                    void h() { q("delete from cable_end where port_id = ?"); }
                }
                """;
        assertThat(catalog.offencesIn(Path.of("Sample.java"), "power", power)).containsExactly(
                "Sample.java:2: names Cabinet of inventory",
                "Sample.java:5: names Gpu of inventory",
                "Sample.java:6: names Device of inventory",
                "Sample.java:7: names Cabinet of inventory (through SnmpTarget.cabinet)",
                "Sample.java:12: names CableEnd of inventory");
        String inventory = """
                class Own {
                    String a = "select c.id from Cabinet c join c.room r where r.site.id = :site";
                    String b = "select count(*) from cabinet c, room r where r.id = c.room_id";
                    String c = "select r.id from Revision r";
                }
                """;
        assertThat(catalog.offencesIn(Path.of("Own.java"), "inventory", inventory)).isEmpty();
        assertThat(catalog.offencesIn(Path.of("Own.java"), "procurement", inventory)).containsExactly(
                "Own.java:2: names Cabinet of inventory",
                "Own.java:3: names Cabinet of inventory",
                "Own.java:3: names Room of inventory");
        assertThat(catalog.offencesIn(Path.of("Base.java"), SHARED_MODULE, "class B { String q = \"from Site s\"; }"))
                .containsExactly("Base.java:1: names Site of inventory");
    }

    /** The modules the parent POM builds, so that a new module is read without anyone adding it here. */
    private static List<String> modules(Path project) {
        Matcher module = MODULE.matcher(read(project.resolve("pom.xml")));
        List<String> modules = new ArrayList<>();
        while (module.find()) {
            modules.add(module.group(1));
        }
        return modules;
    }

    private static Path moduleSources(String module) {
        // Surefire runs in dcim-web's directory; the other modules are its siblings.
        return Path.of(System.getProperty("basedir", ".")).resolve("..").resolve(module).resolve("src/main/java")
                .normalize();
    }

    private static List<Path> javaFiles(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** io/dcim/&lt;module&gt;/… : the package, not the Maven module, says whose code it is (common is in inventory's). */
    private static String moduleOf(Path root, Path source) {
        Path relative = root.relativize(source);
        return relative.getNameCount() > 3 ? relative.getName(2).toString() : "";
    }

    private static String read(Path source) {
        try {
            return Files.readString(source, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An entity as queries may name it: its HQL name, its tables, and the module (package) that owns it. */
    private record EntityNames(String module, String entity, Set<String> tables, List<Pattern> namings) {

        EntityNames(String module, String entity, Set<String> tables) {
            this(module, entity, tables, namingPatterns(entity, tables));
        }

        /** HQL names an entity by its case-sensitive (possibly qualified) name; SQL a table in any case. */
        private static List<Pattern> namingPatterns(String entity, Set<String> tables) {
            List<Pattern> patterns = new ArrayList<>();
            patterns.add(Pattern.compile(Catalog.NAMING_POSITION + "(?:[\\w$]+\\.)*(" + Pattern.quote(entity) + ")\\b"));
            for (String table : tables) {
                patterns.add(Pattern.compile("(?i)" + Catalog.NAMING_POSITION + "(" + Pattern.quote(table) + ")\\b"));
            }
            return List.copyOf(patterns);
        }
    }

    /** An association from one module's entity to another's: a path through it reaches into the other module. */
    private record CrossingAssociation(String owner, String field, EntityNames target, Pattern path) {

        /**
         * alias.field followed by anything but a final ".id": reading the foreign key ({@code t.site.id}) is
         * filtering by an id column, but joining or walking on ({@code t.cabinet.room}) reaches into the entity.
         */
        CrossingAssociation(String owner, String field, EntityNames target) {
            this(owner, field, target, Pattern.compile("(?<![\\w.])[A-Za-z_]\\w*\\.(" + Pattern.quote(field)
                    + ")\\b(?!\\.id\\b(?!\\.))"));
        }
    }

    /** Every module's entities, and the rule that reads one source file against them. */
    private record Catalog(List<EntityNames> entities, List<CrossingAssociation> crossings) {

        private static final Pattern QUERY_WORD = Pattern.compile("(?i)\\b(select|from|update|delete|join)\\b");
        /**
         * Where a query names an entity or table: after from, join, update or into, or further on in a from list
         * ("from a x, b y"). A bare comma is not enough: prose would match ("term, GPU model").
         */
        static final String NAMING_POSITION = "(?:\\b(?i:from|join|update|into)\\s+"
                + "|\\b(?i:from)\\s++[\\w.$]++(?:\\s++\\w++)?+(?:\\s*+,\\s*+[\\w.$]++(?:\\s++\\w++)?+)*?\\s*+,\\s*+)";

        static Catalog of(Collection<JavaClass> classes) {
            Map<String, EntityNames> byClass = new TreeMap<>();
            for (JavaClass type : classes) {
                if (type.isAnnotatedWith(Entity.class)) {
                    byClass.put(type.getName(), names(type));
                }
            }
            List<CrossingAssociation> crossings = new ArrayList<>();
            for (JavaClass type : classes) {
                EntityNames owner = byClass.get(type.getName());
                if (owner == null) {
                    continue;
                }
                for (JavaField field : type.getAllFields()) {
                    for (JavaClass referred : referredClasses(field.getType())) {
                        EntityNames target = byClass.get(referred.getName());
                        if (target != null && !target.module().equals(owner.module())) {
                            crossings.add(new CrossingAssociation(owner.entity(), field.getName(), target));
                        }
                    }
                }
            }
            return new Catalog(List.copyOf(byClass.values()), crossings);
        }

        private static EntityNames names(JavaClass type) {
            String entity = type.getAnnotationOfType(Entity.class).name();
            if (entity.isEmpty()) {
                entity = type.getSimpleName();
            }
            // No naming strategy is configured, so a table without @Table is named as the entity (case does not
            // matter to the databases we run on); Envers keeps an audited entity's history in <table>_aud.
            String table = type.tryGetAnnotationOfType(Table.class).map(Table::name).filter(name -> !name.isEmpty())
                    .orElse(entity);
            Set<String> tables = new TreeSet<>();
            tables.add(table);
            for (JavaField field : type.getAllFields()) {
                field.tryGetAnnotationOfType(CollectionTable.class).map(CollectionTable::name).ifPresent(tables::add);
                field.tryGetAnnotationOfType(JoinTable.class).map(JoinTable::name).ifPresent(tables::add);
            }
            tables.remove("");
            if (type.isAnnotatedWith(Audited.class)) {
                tables.addAll(tables.stream().map(name -> name + "_aud").toList());
            }
            return new EntityNames(moduleOf(type.getPackageName()), entity, Set.copyOf(tables));
        }

        private static String moduleOf(String packageName) {
            String[] parts = packageName.split("\\.");
            return parts.length > 2 ? parts[2] : "";
        }

        private static List<JavaClass> referredClasses(JavaType type) {
            List<JavaClass> referred = new ArrayList<>();
            referred.add(type.toErasure());
            if (type instanceof JavaParameterizedType parameterized) {
                parameterized.getActualTypeArguments().forEach(argument -> referred.addAll(referredClasses(argument)));
            }
            return referred;
        }

        Set<String> entitiesOf(String module) {
            Set<String> names = new TreeSet<>();
            entities.stream().filter(e -> e.module().equals(module)).forEach(e -> names.add(e.entity()));
            return names;
        }

        /** "file:line: names Entity of module" for each reach into another module's entities in one source. */
        List<String> offencesIn(Path file, String module, String source) {
            List<String> offences = new ArrayList<>();
            for (Statement statement : JavaStrings.statements(source)) {
                if (!QUERY_WORD.matcher(statement.text()).find()) {
                    continue;
                }
                for (EntityNames foreign : entities) {
                    if (foreign.module().equals(module) || foreign.module().equals(SHARED_MODULE)) {
                        continue;
                    }
                    firstNaming(statement.text(), foreign).ifPresent(at -> offences.add(
                            file + ":" + statement.lineAt(at) + ": names " + foreign.entity() + " of " + foreign.module()));
                }
                for (CrossingAssociation crossing : crossings) {
                    // A path through the association starts at an alias of its owner, so the query names the owner.
                    if (crossing.target().module().equals(module) || firstNaming(statement.text(),
                            entityNamed(crossing.owner())).isEmpty()) {
                        continue;
                    }
                    firstPathThrough(statement.text(), crossing).ifPresent(at -> offences.add(
                            file + ":" + statement.lineAt(at) + ": names " + crossing.target().entity() + " of "
                                    + crossing.target().module() + " (through " + crossing.owner() + "."
                                    + crossing.field() + ")"));
                }
            }
            return offences.stream().sorted(Comparator.comparing(Catalog::lineOf)).toList();
        }

        /** Offences in source order (entities before the paths of the same line, as found). */
        private static int lineOf(String offence) {
            String[] parts = offence.split(":", 3);
            return Integer.parseInt(parts[1]);
        }

        private EntityNames entityNamed(String entity) {
            return entities.stream().filter(e -> e.entity().equals(entity)).findFirst().orElseThrow();
        }

        private static Optional<Integer> firstNaming(String query, EntityNames names) {
            return names.namings().stream().map(pattern -> pattern.matcher(query)).filter(Matcher::find)
                    .map(matcher -> matcher.start(1)).min(Integer::compare);
        }

        private static Optional<Integer> firstPathThrough(String query, CrossingAssociation crossing) {
            Matcher path = crossing.path().matcher(query);
            return path.find() ? Optional.of(path.start(1)) : Optional.empty();
        }
    }

    /** The string literals of one Java statement, joined, and where each came from. */
    private record Statement(String text, List<int[]> starts) {

        /** The source line of the literal that holds the character at this offset of the joined text. */
        int lineAt(int offset) {
            int line = starts.get(0)[1];
            for (int[] start : starts) {
                if (start[0] > offset) {
                    break;
                }
                line = start[1];
            }
            return line;
        }
    }

    /**
     * A reading of Java just deep enough to find string literals: comments and character literals skipped,
     * escapes kept as written, text blocks whole; a statement ends at ';', '{' or '}' outside literals.
     */
    private static final class JavaStrings {

        static List<Statement> statements(String source) {
            List<Statement> statements = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            List<int[]> starts = new ArrayList<>();
            int line = 1;
            int i = 0;
            while (i < source.length()) {
                char c = source.charAt(i);
                if (source.startsWith("//", i)) {
                    i = source.indexOf('\n', i) < 0 ? source.length() : source.indexOf('\n', i);
                } else if (source.startsWith("/*", i)) {
                    int end = source.indexOf("*/", i + 2);
                    end = end < 0 ? source.length() : end + 2;
                    line += count(source, i, end);
                    i = end;
                } else if (source.startsWith("\"\"\"", i)) {
                    // A text block's content starts on the line after its opening quotes; each of its lines is
                    // kept with its own line number.
                    int end = i + 3;
                    while (end < source.length() && !source.startsWith("\"\"\"", end)) {
                        end += source.charAt(end) == '\\' ? 2 : 1;
                    }
                    end = Math.min(end, source.length());
                    int from = source.indexOf('\n', i) + 1;
                    line++;
                    while (from > 0 && from < end) {
                        int lineEnd = source.indexOf('\n', from);
                        lineEnd = lineEnd < 0 || lineEnd > end ? end : lineEnd;
                        starts.add(new int[] {text.length(), line});
                        text.append(unescaped(source.substring(from, lineEnd))).append(' ');
                        if (lineEnd < end) {
                            line++;
                        }
                        from = lineEnd + 1;
                    }
                    i = end + 3;
                } else if (c == '"' || c == '\'') {
                    int end = i + 1;
                    while (end < source.length() && source.charAt(end) != c && source.charAt(end) != '\n') {
                        end += source.charAt(end) == '\\' ? 2 : 1;
                    }
                    if (c == '"') {
                        starts.add(new int[] {text.length(), line});
                        text.append(unescaped(source.substring(i + 1, Math.min(end, source.length())))).append(' ');
                    }
                    i = end + 1;
                } else {
                    if (c == '\n') {
                        line++;
                    } else if ((c == ';' || c == '{' || c == '}') && !starts.isEmpty()) {
                        statements.add(new Statement(text.toString(), List.copyOf(starts)));
                        text.setLength(0);
                        starts.clear();
                    }
                    i++;
                }
            }
            if (!starts.isEmpty()) {
                statements.add(new Statement(text.toString(), List.copyOf(starts)));
            }
            return statements;
        }

        /** Line breaks and tabs written as escapes separate words as well; same length, so offsets hold. */
        private static String unescaped(String literal) {
            return literal.replace("\\n", "  ").replace("\\t", "  ").replace("\\r", "  ");
        }

        private static int count(String source, int from, int to) {
            int lines = 0;
            for (int i = from; i < to; i++) {
                if (source.charAt(i) == '\n') {
                    lines++;
                }
            }
            return lines;
        }
    }
}
