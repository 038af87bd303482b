package io.dcim.common.persistence;

import org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl;
import org.hibernate.engine.jdbc.env.spi.JdbcEnvironment;

/**
 * The one rule from a field to its column: {@code assetTagKey} is stored in {@code asset_tag_key}, a
 * reference {@code room} in {@code room_id}. Entities name a column only where it departs from the rule
 * ({@code positionU} in {@code position_u}), instead of every field restating it. Tables, sequences and
 * schemas keep the names the entities and the connection give them.
 */
public final class ColumnNaming extends PhysicalNamingStrategyStandardImpl {

    private static final CamelCaseToUnderscoresNamingStrategy SNAKE_CASE = new CamelCaseToUnderscoresNamingStrategy();

    @Override
    public Identifier toPhysicalColumnName(Identifier name, JdbcEnvironment environment) {
        return SNAKE_CASE.toPhysicalColumnName(name, environment);
    }
}
