package io.dcim.inventory.cabinet;

import io.dcim.common.edit.Editable;
import io.dcim.common.persistence.Timestamped;
import io.dcim.inventory.site.CabinetRow;
import io.dcim.inventory.site.NaturalOrder;
import io.dcim.inventory.site.Room;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A leased cabinet. Besides what people edit it carries its occupancy (U used, typical
 * watts, device count), kept by the device service whenever a device enters, leaves
 * or changes state in it. Keeping them here lets a 4,000-cabinet list sort and filter by
 * free U and kW headroom with an index scan, and makes every placement bump this row's
 * version, so two people filling the same cabinet at once cannot both succeed.
 */
@Entity
@Audited
@Table(name = "cabinet")
public class Cabinet extends Timestamped implements Editable {

    public static final int DEFAULT_HEIGHT_U = 42;
    public static final int MIN_HEIGHT_U = 42;
    public static final int MAX_HEIGHT_U = 52;
    public static final int DEFAULT_CONTRACTED_W = 20_000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cabinet_seq")
    @SequenceGenerator(name = "cabinet_seq", sequenceName = "cabinet_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Room room;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private CabinetRow row;

    private String name;
    /** The name in the order people count ({@link NaturalOrder#sortKey}), for the lists sorted in the database. */
    @NotAudited
    private String sortKey;
    private int position;
    @Column(name = "height_u")
    private int heightU = DEFAULT_HEIGHT_U;
    @Column(name = "contracted_w")
    private int contractedW = DEFAULT_CONTRACTED_W;

    @Embedded
    private Lease lease;

    @NotAudited
    @Column(name = "used_u")
    private int usedU;
    @NotAudited
    @Column(name = "typical_w")
    private long typicalW;
    @NotAudited
    private int deviceCount;
    @NotAudited
    @Column(name = "reserved_u")
    private int reservedU;

    protected Cabinet() {
    }

    public Cabinet(CabinetRow row, String name, int position) {
        this.row = row;
        this.room = row.getRoom();
        setName(name);
        this.position = position;
    }

    public Long getId() { return id; }
    public int getVersion() { return version; }
    public Room getRoom() { return room; }
    public CabinetRow getRow() { return row; }
    public String getName() { return name; }
    /** The constructor names the object through here too: the sort key follows every name it is given. */
    public void setName(String name) {
        this.name = name;
        this.sortKey = NaturalOrder.sortKey(name);
    }
    public int getPosition() { return position; }
    public void setPosition(int position) { this.position = position; }
    public int getHeightU() { return heightU; }
    public void setHeightU(int heightU) { this.heightU = heightU; }
    public int getContractedW() { return contractedW; }
    public void setContractedW(int contractedW) { this.contractedW = contractedW; }
    public Lease getLease() { return lease; }
    public void setLease(Lease lease) { this.lease = lease; }
    public int getUsedU() { return usedU; }
    public long getTypicalW() { return typicalW; }
    public int getDeviceCount() { return deviceCount; }
    /** Units held by reservations (and not by devices); they are included in {@link #getUsedU()}. */
    public int getReservedU() { return reservedU; }

    /** Written only by {@code CabinetContents}, from the devices and reservations in the cabinet. */
    public void setOccupancy(int usedU, int reservedU, long typicalW, int deviceCount) {
        this.usedU = usedU;
        this.reservedU = reservedU;
        this.typicalW = typicalW;
        this.deviceCount = deviceCount;
    }
}
