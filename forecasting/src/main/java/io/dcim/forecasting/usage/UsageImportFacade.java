package io.dcim.forecasting.usage;

import static io.dcim.common.access.Permission.USAGE_IMPORT;
import static io.dcim.common.access.Permission.USAGE_VIEW;

import io.dcim.common.access.Caller;
import io.dcim.common.access.UseCase;
import java.io.InputStream;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * The Slurm import and its mappings as every door calls them: {@code usage.import} to import and to change the
 * mappings, {@code usage.view} to read them, under the caller's name. {@link SacctImport} runs its own transaction
 * and reports refused lines rather than throwing.
 */
public final class UsageImportFacade {

    private final SacctImport importer;
    private final MappingService mappings;

    public UsageImportFacade(SacctImport importer, MappingService mappings) {
        this.importer = importer;
        this.mappings = mappings;
    }

    /** Checks every line; writes nothing. {@code progress} receives the lines read so far. */
    public UsageImportReport check(Caller caller, InputStream sacct, IntConsumer progress) {
        return UseCase.call(caller, USAGE_IMPORT, () -> importer.check(sacct, progress));
    }

    /** Imports every job, or none when any line is refused. */
    public UsageImportReport apply(Caller caller, InputStream sacct, IntConsumer progress) {
        return UseCase.call(caller, USAGE_IMPORT, () -> importer.apply(sacct, progress));
    }

    public List<AccountMapping> accounts(Caller caller) {
        return UseCase.call(caller, USAGE_VIEW, mappings::accounts);
    }

    public List<PartitionMapping> partitions(Caller caller) {
        return UseCase.call(caller, USAGE_VIEW, mappings::partitions);
    }

    public AccountMapping createAccount(Caller caller, MappingInput input) {
        return UseCase.call(caller, USAGE_IMPORT, () -> mappings.createAccount(input));
    }

    public AccountMapping editAccount(Caller caller, long id, int version, MappingInput input) {
        return UseCase.call(caller, USAGE_IMPORT, () -> mappings.editAccount(id, version, input));
    }

    public void deleteAccount(Caller caller, long id, int version) {
        UseCase.perform(caller, USAGE_IMPORT, () -> mappings.deleteAccount(id, version));
    }

    public PartitionMapping createPartition(Caller caller, MappingInput input) {
        return UseCase.call(caller, USAGE_IMPORT, () -> mappings.createPartition(input));
    }

    public PartitionMapping editPartition(Caller caller, long id, int version, MappingInput input) {
        return UseCase.call(caller, USAGE_IMPORT, () -> mappings.editPartition(id, version, input));
    }

    public void deletePartition(Caller caller, long id, int version) {
        UseCase.perform(caller, USAGE_IMPORT, () -> mappings.deletePartition(id, version));
    }
}
