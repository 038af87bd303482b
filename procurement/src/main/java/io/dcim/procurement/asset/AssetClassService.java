package io.dcim.procurement.asset;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.common.persistence.Database;
import io.dcim.common.persistence.Lookup;
import java.util.Arrays;
import java.util.List;
import org.hibernate.Session;

/**
 * Reads and changes the terms each asset class gives new assets. A class has its row from its first
 * edit on; until then it gives {@link ClassTerms#defaults} and reads as version 0.
 */
public final class AssetClassService {

    private final Database db;

    public AssetClassService(Database db) {
        this.db = db;
    }

    /** Every class in the order of {@link AssetClass}, with its terms and how many of its assets are on the books. */
    public List<AssetClassView> classes() {
        return db.read(session -> Arrays.stream(AssetClass.values()).map(c -> view(session, c)).toList());
    }

    public AssetClassView find(AssetClass assetClass) {
        return db.read(session -> view(session, required(assetClass)));
    }

    /** Changes the class's terms against the version read; assets already on the books keep theirs. */
    public AssetClassView edit(AssetClass assetClass, int expectedVersion, ClassTerms terms) {
        return db.inTransaction(session -> {
            AssetClassTerms row = session.find(AssetClassTerms.class, required(assetClass));
            if (row == null) {
                // The defaults become a row first, so that this edit moves it to version 1 and an edit
                // read before it (at version 0) is refused as stale.
                row = new AssetClassTerms(assetClass, ClassTerms.defaults(assetClass));
                session.persist(row);
                session.flush();
            }
            Lookup.checkVersion(row.getVersion(), expectedVersion, named(assetClass));
            row.apply(terms.checked());
            session.flush();
            return view(session, assetClass);
        });
    }

    /** The terms a class gives an asset put on the books now (joins the caller's transaction). */
    public static ClassTerms termsOf(Session session, AssetClass assetClass) {
        AssetClassTerms row = session.find(AssetClassTerms.class, required(assetClass));
        return row == null ? ClassTerms.defaults(assetClass) : row.terms();
    }

    /** "asset class Servers" in the reader's language, as a stale edit names it. */
    private static Message named(AssetClass assetClass) {
        // The class's name is its enum word, one key per value (as the workbooks head their sheets).
        String word = "procurement.AssetClass." + assetClass.name();
        return Message.of("common.object.named", Message.noun(AssetClassTerms.class, "asset class"), Message.of(word));
    }

    private static AssetClass required(AssetClass assetClass) {
        if (assetClass == null) {
            throw new InvalidValueException("assetClass", Message.of("common.field.required"));
        }
        return assetClass;
    }

    private static AssetClassView view(Session session, AssetClass assetClass) {
        AssetClassTerms row = session.find(AssetClassTerms.class, assetClass);
        long onBooks = session.createQuery("select count(a) from FixedAsset a where a.assetClass = :c and a.disposedOn is null",
                Long.class).setParameter("c", assetClass).getSingleResult();
        return row == null ? new AssetClassView(assetClass, 0, ClassTerms.defaults(assetClass), onBooks)
                : new AssetClassView(assetClass, row.getVersion(), row.terms(), onBooks);
    }
}
