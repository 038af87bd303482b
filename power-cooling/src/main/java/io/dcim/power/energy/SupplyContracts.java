package io.dcim.power.energy;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.common.error.NotFoundException;
import io.dcim.common.persistence.Lookup;
import io.dcim.common.text.Fields;
import io.dcim.inventory.site.Site;
import io.dcim.inventory.site.SiteDirectory;
import java.math.BigDecimal;
import java.util.List;
import org.hibernate.Session;

/** Recording a site's supply contracts, each checked whole before anything is written. */
final class SupplyContracts {

    static final int MAX_SUPPLIER = 200;
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    ContractView create(Session session, long siteId, ContractTerms terms) {
        if (SiteDirectory.find(session, siteId).isEmpty()) {
            throw new NotFoundException(Message.noun(Site.class, "site"), siteId);
        }
        SupplyContract contract = new SupplyContract(siteId);
        contract.describe(checked(terms));
        session.persist(contract);
        session.flush();
        return ContractView.of(contract);
    }

    ContractView edit(Session session, long id, int expectedVersion, ContractTerms terms) {
        SupplyContract contract = existing(session, id, expectedVersion);
        contract.describe(checked(terms));
        session.flush();
        return ContractView.of(contract);
    }

    void delete(Session session, long id, int expectedVersion) {
        session.remove(existing(session, id, expectedVersion));
    }

    ContractView find(Session session, long id) {
        return ContractView.of(Lookup.existing(session, SupplyContract.class, id, "contract"));
    }

    static List<ContractView> ofSite(Session session, long siteId) {
        return session.createQuery("from SupplyContract c where c.siteId = :site order by c.validFrom, c.id",
                SupplyContract.class).setParameter("site", siteId).getResultList().stream()
                .map(ContractView::of).toList();
    }

    private static SupplyContract existing(Session session, long id, int expectedVersion) {
        SupplyContract contract = Lookup.existing(session, SupplyContract.class, id, "contract");
        Lookup.checkVersion(contract.getVersion(), expectedVersion,
                Message.of("power.energy.contract.named", contract.getSupplier()));
        return contract;
    }

    static ContractTerms checked(ContractTerms terms) {
        if (terms == null) {
            throw new InvalidValueException("supplier", Message.of("common.field.required"));
        }
        String supplier = Fields.required("supplier", terms.supplier(), MAX_SUPPLIER);
        if (terms.validFrom() == null) {
            throw new InvalidValueException("validFrom", Message.of("common.field.required"));
        }
        if (terms.validTo() == null) {
            throw new InvalidValueException("validTo", Message.of("common.field.required"));
        }
        if (terms.validTo().isBefore(terms.validFrom())) {
            throw new InvalidValueException("validTo", Message.of("power.energy.contract.endsBeforeStart",
                    terms.validFrom(), terms.validTo()));
        }
        Long kwh = terms.renewableKwh();
        BigDecimal share = terms.renewableSharePct();
        if ((kwh == null) == (share == null)) {
            throw new InvalidValueException("renewableKwh", Message.of("power.energy.contract.kwhOrShare"));
        }
        if (kwh != null && kwh < 0) {
            throw new InvalidValueException("renewableKwh", Message.of("power.field.zeroOrPositive"));
        }
        if (share != null && (share.signum() < 0 || share.compareTo(HUNDRED) > 0
                || share.stripTrailingZeros().scale() > 2)) {
            throw new InvalidValueException("renewableSharePct", Message.of("power.energy.contract.share",
                    share.toPlainString()));
        }
        return new ContractTerms(supplier, terms.validFrom(), terms.validTo(), kwh, share);
    }
}
