package io.dcim.common.persistence;

import org.hibernate.Session;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.generator.BeforeExecutionGenerator;
import org.hibernate.generator.EventType;

/**
 * Ids for rows a bulk path writes with plain JDBC, drawn from the entity's own generator (its
 * sequence through Hibernate's pooled optimizer), so rows written that way and rows Hibernate
 * writes never share an id.
 */
public final class GeneratedIds {

    private final SharedSessionContractImplementor session;
    private final BeforeExecutionGenerator generator;

    private GeneratedIds(SharedSessionContractImplementor session, BeforeExecutionGenerator generator) {
        this.session = session;
        this.generator = generator;
    }

    public static GeneratedIds of(Session session, Class<?> entity) {
        SharedSessionContractImplementor s = session.unwrap(SharedSessionContractImplementor.class);
        return new GeneratedIds(s, (BeforeExecutionGenerator) s.getFactory().getMappingMetamodel()
                .getEntityDescriptor(entity).getGenerator());
    }

    public long next(Object owner) {
        return ((Number) generator.generate(session, owner, null, EventType.INSERT)).longValue();
    }
}
