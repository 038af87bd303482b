package io.dcim.procurement.demo;

import static io.dcim.procurement.demo.PurchaseLot.tenThousands;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The reference operator's published purchases, November 2023 to July 2024 (DOMAIN.md).
 * Amounts are published in 10,000 CNY; "≤ X" is taken as X. Where the record gives no quantity
 * or no amount, the estimate and how it was made are written in the lot's note. Published
 * contract amounts are taken as including 13% VAT (6% for compute services), as Chinese
 * contract values are.
 */
final class PurchaseRecord {

    static final String RTX_4090_SERVER = "SYS-421GE-TNRT 8x RTX 4090";
    static final String A800_SERVER = "UniServer R5500 G5 8x A800";
    static final String H100_SERVER = "PowerEdge XE9680 8x H100 SXM5";
    static final String CPU_SERVER = "UniServer R4900 G5";
    static final String STORAGE = "OceanStor Dorado 5000 V6";

    /**
     * 2023-12-27, 28 AI servers for 6,491,800 CNY: 231,850 CNY per server, the closest line
     * with both a quantity and an amount; the A800 lot of 2023-11-16 (amount n/a) is estimated
     * from it, though A800 servers likely cost more.
     */
    static final BigDecimal COMPARABLE_AI_SERVER = new BigDecimal("231850.00");

    /** Assumed prices for lines without a quantity: the quantity is the amount over this, rounded. */
    static final BigDecimal ASSUMED_CPU_SERVER = new BigDecimal("120000");
    static final BigDecimal ASSUMED_A800_SERVER = new BigDecimal("1200000");
    static final BigDecimal ASSUMED_H100_SERVER = new BigDecimal("2300000");

    private PurchaseRecord() {
    }

    static List<PurchaseLot> equipment() {
        return List.of(
                new PurchaseLot(LocalDate.of(2023, 11, 16), List.of("Beijing Yucheng Yunchuang", "Zhongke Yunda"),
                        "AI servers with RTX 4090 GPUs", RTX_4090_SERVER, 92, tenThousands("687"),
                        "92 servers (736 GPUs) for 687 (10k CNY), as published"),
                new PurchaseLot(LocalDate.of(2023, 11, 16), List.of("Unisplendour (H3C)"),
                        "AI servers with A800 GPUs", A800_SERVER, 22, COMPARABLE_AI_SERVER.multiply(BigDecimal.valueOf(22)),
                        "22 servers; amount n/a, estimated at 231,850 CNY per server from the 28 AI servers of 2023-12-27"),
                new PurchaseLot(LocalDate.of(2023, 12, 27), List.of("Shandong Zhongchuang Software"),
                        "AI servers", RTX_4090_SERVER, 28, tenThousands("649.18"),
                        "28 servers for 649.18 (10k CNY), as published; about 232k CNY a server, booked as RTX 4090 servers"),
                new PurchaseLot(LocalDate.of(2023, 12, 27), List.of("Anqing Computer", "Lianchuang Wantong", "Nanjing Kunqian"),
                        "AI servers", RTX_4090_SERVER, 175, tenThousands("4000"),
                        "175 servers for at most 4,000 (10k CNY), taken as 4,000; about 229k CNY a server, booked as RTX 4090"
                                + " servers"),
                new PurchaseLot(LocalDate.of(2023, 12, 27), List.of("Digital China"),
                        "storage systems", STORAGE, 4, tenThousands("100"),
                        "4 sets for at most 100 (10k CNY), taken as 100"),
                new PurchaseLot(LocalDate.of(2024, 4, 10), List.of("Shenzhen Junhe IT"),
                        "CPU servers", CPU_SERVER, quantity("628.8", ASSUMED_CPU_SERVER), tenThousands("628.8"),
                        "628.8 (10k CNY); quantity n/a, estimated at an assumed 120,000 CNY per 2U CPU server"),
                new PurchaseLot(LocalDate.of(2024, 4, 10), List.of("Inner Mongolia Xindongjitai"),
                        "AI servers", A800_SERVER, quantity("2480", ASSUMED_A800_SERVER), tenThousands("2480"),
                        "2,480 (10k CNY); quantity n/a, estimated at an assumed 1.2 M CNY per 8-GPU A800 server"),
                new PurchaseLot(LocalDate.of(2024, 4, 10), List.of("Shenzhen Sitong"),
                        "AI servers", A800_SERVER, quantity("1444", ASSUMED_A800_SERVER), tenThousands("1444"),
                        "1,444 (10k CNY); quantity n/a, estimated at an assumed 1.2 M CNY per 8-GPU A800 server"),
                new PurchaseLot(LocalDate.of(2024, 4, 15), List.of("Shenzhen Sitong", "Lianchuang Wantong"),
                        "AI servers", H100_SERVER, quantity("9500", ASSUMED_H100_SERVER), tenThousands("9500"),
                        "at most 9,500 (10k CNY), taken as 9,500; quantity n/a, estimated at an assumed 2.3 M CNY per"
                                + " 8-GPU H100 server"),
                new PurchaseLot(LocalDate.of(2024, 7, 2), List.of("Beijing Guoke Xinyi"),
                        "AI servers", H100_SERVER, quantity("2900", ASSUMED_H100_SERVER), tenThousands("2900"),
                        "2,900 (10k CNY); quantity n/a, estimated at an assumed 2.3 M CNY per 8-GPU H100 server"),
                new PurchaseLot(LocalDate.of(2024, 7, 2),
                        List.of("Shandong Zhengyun", "Beijing Youwei Xintong", "Beijing Guoke Xinyi"),
                        "AI servers", H100_SERVER, quantity("12790", ASSUMED_H100_SERVER), tenThousands("12790"),
                        "at most 12,790 (10k CNY), taken as 12,790; quantity n/a, estimated at an assumed 2.3 M CNY per"
                                + " 8-GPU H100 server"));
    }

    /**
     * 2024-06-07, GPU compute resources from Hailanyun (Hainan) data centre for at most 11,000
     * (10k CNY), taken as 110,000,000 CNY including 6% VAT. Term, GPU model and count are not
     * published: assumed 36 months of 512 A800 cards (about 7.7 CNY per card-hour).
     */
    static final LocalDate COMPUTE_DATE = LocalDate.of(2024, 6, 7);
    static final String COMPUTE_PROVIDER = "Hailanyun (Hainan) data centre";
    static final BigDecimal COMPUTE_GROSS = tenThousands("11000");
    static final int COMPUTE_GPUS = 512;
    static final int COMPUTE_TERM_MONTHS = 36;
    static final String COMPUTE_GPU_MODEL = "A800 SXM4 80GB";

    private static int quantity(String tenThousands, BigDecimal assumedUnitPrice) {
        return tenThousands(tenThousands).divide(assumedUnitPrice, 0, java.math.RoundingMode.HALF_UP).intValueExact();
    }
}
