package io.github.aadcfg.core.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.github.aadcfg.core.CommitResult;
import io.github.aadcfg.core.Coverage;
import io.github.aadcfg.core.DirectorySnapshot;
import io.github.aadcfg.core.Status;
import io.github.aadcfg.core.report.AadcfgException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fails every I/O call an edit makes, one at a time, in every {@link BackupMode}, and checks what the edit
 * leaves against the {@link Contract}: the fault was hit, the outcome (typed error and its code, or the change)
 * is the one listed for that call, and the directory tree (file, backups, backup directory: content hashes,
 * modes, owners) is exactly the state before the edit or after a clean edit, with only the documented
 * deviations. After the directory sync that follows the rename fails, every call of the put-back is failed in
 * turn too.
 *
 * <p>The calls are enumerated from the code: a clean edit is recorded through the fault-injecting file system,
 * and {@link #CALLS} must list exactly the kinds of call it makes and how often each is made on one path. A new
 * I/O call on the write path (or one removed) fails {@link #everyIoCallOfTheWritePathIsListed} until it is listed
 * here with its contract, and is then failed like the others.
 */
class WritePathFaultTest {
    /**
     * Every kind of I/O call of an edit: per mode the most calls of it made on one path ({@code -}: none), and the
     * contract when it fails, with the error's code.
     */
    private static final String CALLS = """
            # kind                   BESIDE NEW_BACKUP_DIR BACKUP_DIR  contract  code
            REAL_PATH TARGET             1   1   1   REFUSED                              read-failed
            STAT TARGET                  9   9   9   REFUSED_OR_CHANGED                   *
            ACCESS TARGET                1   1   1   REFUSED                              unreadable
            STAT FILE_DIR                1   1   1   CHANGED                              -
            ACCESS FILE_DIR              1   1   1   REFUSED                              read-only-directory
            OPEN_WRITE TARGET            1   1   1   REFUSED                              open-failed
            LOCK TARGET                  1   1   1   REFUSED                              lock-failed
            SIZE TARGET                  2   2   2   REFUSED                              read-failed
            READ TARGET                  3   3   3   REFUSED                              read-failed
            XATTR_LIST TARGET            1   1   1   REFUSED                              cannot-keep-access
            XATTR_READ TARGET            2   2   2   REFUSED                              cannot-keep-access
            STAT ANCESTOR                -   4   -   REFUSED_OR_CHANGED                   *
            REAL_PATH ANCESTOR           -   2   -   REFUSED                              cannot-write
            STAT BACKUP_TREE             -   5   4   REFUSED_OR_CHANGED                   *
            REAL_PATH BACKUP_TREE        -   -   2   REFUSED                              cannot-write
            MKDIR BACKUP_TREE            -   1   -   REFUSED                              cannot-write
            CHMOD BACKUP_TREE            -   1   -   REFUSED                              cannot-write
            STAT BACKUP_DIR              -   2   4   REFUSED_OR_CHANGED                   *
            MKDIR BACKUP_DIR             -   1   -   REFUSED                              cannot-write
            CHMOD BACKUP_DIR             -   1   -   REFUSED                              cannot-write
            LIST FILE_DIR                2   1   1   CHANGED_UNSWEPT                      -
            LIST BACKUP_DIR              -   2   2   CHANGED_UNSWEPT                      -
            DELETE FILE_TEMP             1   1   1   CHANGED_UNSWEPT                      -
            DELETE BACKUP_TEMP           1   -   1   CHANGED_UNSWEPT                      -
            STAT BACKUP                  2   1   2   CHANGED_UNSWEPT                      -
            CREATE BACKUP_TEMP           1   1   1   REFUSED                              cannot-write
            STAT BACKUP_TEMP             5   5   5   REFUSED_OR_CHANGED                   *
            CHOWN BACKUP_TEMP            1   1   1   CHANGED_BACKUP_OWNED_BY_RUNNER       -
            CHGRP BACKUP_TEMP            1   1   1   CHANGED_BACKUP_GROUP_WITHOUT_ACCESS  -
            XATTR_LIST BACKUP_TEMP       2   2   2   REFUSED                              cannot-keep-access
            XATTR_READ BACKUP_TEMP       2   2   2   REFUSED                              cannot-keep-access
            XATTR_WRITE BACKUP_TEMP      1   1   1   REFUSED                              cannot-keep-access
            CHMOD BACKUP_TEMP            1   1   1   REFUSED                              cannot-keep-access
            WRITE BACKUP_TEMP            1   1   1   REFUSED                              cannot-write
            FORCE BACKUP_TEMP            1   1   1   REFUSED                              cannot-write
            CLOSE BACKUP_TEMP            2   2   2   REFUSED                              cannot-write
            OPEN_READ BACKUP_TEMP        1   1   1   REFUSED                              cannot-write
            SIZE BACKUP_TEMP             1   1   1   REFUSED                              cannot-write
            READ BACKUP_TEMP             2   2   2   REFUSED                              cannot-write
            MOVE BACKUP_TEMP             1   1   1   REFUSED                              cannot-write
            CREATE FILE_TEMP             1   1   1   REFUSED                              cannot-write
            STAT FILE_TEMP               3   3   3   REFUSED                              *
            CHOWN FILE_TEMP              1   1   1   REFUSED                              cannot-keep-owner
            CHGRP FILE_TEMP              1   1   1   REFUSED                              cannot-keep-owner
            XATTR_LIST FILE_TEMP         2   2   2   REFUSED                              cannot-keep-access
            XATTR_READ FILE_TEMP         2   2   2   REFUSED                              cannot-keep-access
            XATTR_WRITE FILE_TEMP        1   1   1   REFUSED                              cannot-keep-access
            CHMOD FILE_TEMP              1   1   1   REFUSED                              cannot-keep-access
            WRITE FILE_TEMP              1   1   1   REFUSED                              cannot-write
            FORCE FILE_TEMP              1   1   1   REFUSED                              cannot-write
            CLOSE FILE_TEMP              1   1   1   REFUSED                              cannot-write
            OPEN_READ BACKUP_DIR         -   1   1   REFUSED                              sync-failed
            FORCE BACKUP_DIR             -   1   1   REFUSED                              sync-failed
            CLOSE BACKUP_DIR             -   1   1   REFUSED                              sync-failed
            MOVE FILE_TEMP               1   1   1   REFUSED                              cannot-write
            OPEN_READ FILE_DIR           2   1   1   PUT_BACK                             sync-failed
            FORCE FILE_DIR               2   1   1   PUT_BACK                             sync-failed
            CLOSE FILE_DIR               2   1   1   PUT_BACK                             sync-failed
            DELETE BACKUP                1   -   1   CHANGED_UNPRUNED                     -
            CLOSE TARGET                 1   1   1   CHANGED                              -
            """;
    /** Cases (fault points x modes, put-back faults included) that must reach the assertion, with a tree this deep. */
    private static final Coverage COVERAGE = new Coverage("fault points x modes", 350);
    private static final Listing LISTING = Listing.parse(CALLS);

    @TempDir
    Path dir;

    private int scenes;

    @ParameterizedTest
    @EnumSource(BackupMode.class)
    void everyIoCallOfTheWritePathIsListed(BackupMode mode) throws IOException {
        Run clean = run(mode, Set.of());
        assertThat(clean.result().status()).isEqualTo(Status.CHANGED);
        assertThat(differences(LISTING.counts(mode), clean.injector().kindsPerPath())).as("the I/O calls of a clean "
                + "edit (%s) the listing lacks or counts differently (listed -> made); list them in CALLS with their "
                + "contract", mode).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(BackupMode.class)
    void aFaultAtEveryIoCallLeavesTheOriginalOrTheEditAsTheContractSays(BackupMode mode) throws IOException {
        Run clean = run(mode, Set.of());
        Map<String, String> before = clean.before();
        Map<String, String> changed = clean.after();
        List<String> failures = new ArrayList<>();
        List<FaultInjector.Call> calls = clean.injector().calls();
        FaultPoint directorySync = null;
        for (FaultInjector.Call call : calls) {
            FaultPoint point = call.point();
            Contract contract = LISTING.contract(point);
            if (point.role() == PathRole.FILE_DIR && contract == Contract.PUT_BACK) {
                if (point.nth() < LISTING.count(mode, point.kind())) {
                    contract = Contract.REFUSED; // beside the file, the first sync of its directory is the backup's
                } else if (point.operation() == Operation.FORCE) {
                    directorySync = point;
                }
            }
            check(mode, Set.of(point), contract, LISTING.code(point), before, changed, failures);
        }
        assertThat(directorySync).as("the directory sync after the rename").isNotNull();
        Run syncFailed = run(mode, Set.of(directorySync));
        boolean afterSync = false;
        for (FaultInjector.Call call : syncFailed.injector().calls()) {
            if (afterSync) {
                check(mode, Set.of(directorySync, call.point()), putBackContract(call.point()), "sync-failed", before,
                        changed, failures);
            }
            afterSync |= call.point().equals(directorySync);
        }
        assertThat(failures).as("cases that broke the contract").isEmpty();
    }

    /**
     * After the directory sync failed: the put-back writes a temporary file and renames it; then the file is read
     * to see whether it holds its original bytes, and only then is the backup removed. When that read fails, the
     * backup may be the only copy of the original: it stays.
     */
    private static Contract putBackContract(FaultPoint point) {
        if (point.role() == PathRole.FILE_TEMP && point.operation() != Operation.DELETE) {
            return Contract.PUT_BACK_FAILED;
        }
        boolean backupLeft = point.operation() == Operation.DELETE && point.role() == PathRole.BACKUP
                || point.role() == PathRole.TARGET && READS.contains(point.operation())
                        && !(point.operation() == Operation.CLOSE && point.nth() > 1); // #2: the lock's own close
        return backupLeft ? Contract.PUT_BACK_BACKUP_LEFT : Contract.PUT_BACK;
    }

    /** The calls of that read of the file's bytes. */
    private static final Set<Operation> READS = Set.of(Operation.OPEN_READ, Operation.SIZE, Operation.READ,
            Operation.CLOSE);

    @AfterAll
    static void reportCoverage() {
        COVERAGE.report();
    }

    private void check(BackupMode mode, Set<FaultPoint> faults, Contract contract, String code,
            Map<String, String> before, Map<String, String> changed, List<String> failures) throws IOException {
        COVERAGE.attempted();
        Run run = run(mode, faults);
        String name = mode + " " + faults + " (" + contract + ")";
        try {
            assertThat(run.injector().hit()).as("%s: faults hit", name).isEqualTo(faults);
            new Outcome(run, before, changed).require(contract, code, name);
            COVERAGE.reached();
        } catch (AssertionError e) {
            failures.add(e.getMessage());
        }
    }

    /** One edit in a fresh scene, with these calls failed. */
    private Run run(BackupMode mode, Set<FaultPoint> faults) throws IOException {
        EditScene scene = new EditScene(mode, Files.createDirectory(dir.resolve(mode + "-" + scenes++)));
        Map<String, String> before = state(scene);
        FaultyFileSystem faulty = new FaultyFileSystem();
        FaultInjector injector = new FaultInjector(scene::roleOf, faults);
        faulty.faults().observe(injector);
        CommitResult result = null;
        AadcfgException error = null;
        try {
            result = scene.edit(faulty);
        } catch (AadcfgException e) {
            error = e;
        } finally {
            faulty.faults().observe(IoObserver.NONE);
        }
        return new Run(scene, injector, before, state(scene), result, error);
    }

    /**
     * The scene's tree: every entry's type, mode, content hash, and a file's owner and group, by its path under
     * the scene, the scene's own path (part of the mirrored backup directory) written {@code SCENE}.
     */
    static Map<String, String> state(EditScene scene) throws IOException {
        Path root = scene.directory();
        String scenePath = root.toString().substring(1);
        Map<String, String> state = new TreeMap<>();
        for (Map.Entry<String, String> entry : DirectorySnapshot.of(root).entrySet()) {
            Path path = root.resolve(entry.getKey());
            String owner = Files.isRegularFile(path) ? " " + Files.getAttribute(path, "unix:uid") + ":"
                    + Files.getAttribute(path, "unix:gid") : "";
            state.put(entry.getKey().replace(scenePath, "SCENE"), entry.getValue() + owner);
        }
        return state;
    }

    /** The entries that differ: key, and {@code "expected -> actual"}. */
    static <V> Map<String, String> differences(Map<String, V> expected, Map<String, V> actual) {
        Map<String, String> differences = new TreeMap<>();
        Set<String> keys = new TreeSet<>(expected.keySet());
        keys.addAll(actual.keySet());
        for (String key : keys) {
            if (!Objects.equals(expected.get(key), actual.get(key))) {
                differences.put(key, expected.get(key) + " -> " + actual.get(key));
            }
        }
        return differences;
    }

    /** What one edit did. */
    record Run(EditScene scene, FaultInjector injector, Map<String, String> before, Map<String, String> after,
            CommitResult result, AadcfgException error) {
    }

    /** The listing {@link #CALLS}, parsed. */
    record Listing(Map<String, Map<BackupMode, Integer>> counts, Map<String, Contract> contracts,
            Map<String, String> codes) {
        static Listing parse(String table) {
            Map<String, Map<BackupMode, Integer>> counts = new TreeMap<>();
            Map<String, Contract> contracts = new TreeMap<>();
            Map<String, String> codes = new TreeMap<>();
            for (String line : table.strip().split("\n")) {
                if (line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.trim().split("\\s+");
                String kind = columns[0] + " " + columns[1];
                Map<BackupMode, Integer> perMode = new EnumMap<>(BackupMode.class);
                for (BackupMode mode : BackupMode.values()) {
                    String count = columns[2 + mode.ordinal()];
                    if (!count.equals("-")) {
                        perMode.put(mode, Integer.parseInt(count));
                    }
                }
                counts.put(kind, perMode);
                contracts.put(kind, Contract.valueOf(columns[5]));
                codes.put(kind, columns[6]);
            }
            return new Listing(counts, contracts, codes);
        }

        Map<String, Integer> counts(BackupMode mode) {
            return counts.entrySet().stream().filter(e -> e.getValue().containsKey(mode))
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get(mode), (a, b) -> a, TreeMap::new));
        }

        int count(BackupMode mode, String kind) {
            return counts.get(kind).get(mode);
        }

        Contract contract(FaultPoint point) {
            Contract contract = contracts.get(point.kind());
            assertThat(contract).as("%s is not listed", point.kind()).isNotNull();
            return contract;
        }

        String code(FaultPoint point) {
            return codes.get(point.kind());
        }
    }

    /** The end state of a faulty run, checked against a {@link Contract}. */
    private record Outcome(Run run, Map<String, String> before, Map<String, String> changed) {
        void require(Contract contract, String code, String name) {
            switch (contract) {
                case REFUSED -> refused(code, name);
                case REFUSED_OR_CHANGED -> {
                    if (run.error() != null) {
                        refused(code, name);
                    } else {
                        changedToOneOf(name, changed, plus(changed, prunedBackups()),
                                newBackup(changed, "rw-r-----", "0:65534"), newBackup(changed, "rw-------", "65534:0"));
                    }
                }
                case CHANGED -> changedToOneOf(name, changed);
                case CHANGED_UNSWEPT -> changedToOneOf(name, changed, plus(changed, leftovers(EditScene.LEFTOVER)),
                        plus(changed, leftovers(EditScene.BACKUP_LEFTOVER)), plus(changed, leftovers("")));
                case CHANGED_UNPRUNED -> changedToOneOf(name, plus(changed, prunedBackups()));
                case CHANGED_BACKUP_OWNED_BY_RUNNER -> changedToOneOf(name, newBackup(changed, "rw-r-----", "0:65534"));
                case CHANGED_BACKUP_GROUP_WITHOUT_ACCESS -> changedToOneOf(name,
                        newBackup(changed, "rw-------", "65534:0"));
                case PUT_BACK -> putBack(code, name, before, "the original content was put back");
                case PUT_BACK_BACKUP_LEFT -> putBack(code, name, plus(before, newBackups()),
                        "the original content was put back");
                case PUT_BACK_FAILED -> putBack(code, name, plus(changed, prunedBackups()), "the backup was kept");
            }
        }

        private void refused(String code, String name) {
            assertThat(run.error()).as("%s: a typed error", name).isNotNull();
            if (!code.equals("*")) {
                assertThat(run.error().code()).as("%s: the code of %s", name, run.error().reason()).isEqualTo(code);
            }
            assertThat(treeDifferences(before)).as("%s: the tree not as before (%s)", name, run.error().reason())
                    .isEmpty();
        }

        /** A change that landed: the tree must be exactly one of {@code allowed}, a killed run's leftovers swept. */
        @SafeVarargs
        private void changedToOneOf(String name, Map<String, String>... allowed) {
            assertThat(run.error()).as("%s: no error", name).isNull();
            assertThat(run.result().status()).isEqualTo(Status.CHANGED);
            Map<String, String> closest = null;
            for (Map<String, String> state : allowed) {
                Map<String, String> differences = differences(state, run.after());
                if (differences.isEmpty()) {
                    return;
                }
                closest = closest == null || differences.size() < closest.size() ? differences : closest;
            }
            assertThat(closest).as("%s: the tree not as the contract says (expected -> found)", name).isEmpty();
        }

        private void putBack(String code, String name, Map<String, String> expected, String says) {
            assertThat(run.error()).as("%s: a typed error", name).isNotNull();
            assertThat(run.error().code()).as("%s: the code", name).isEqualTo(code);
            assertThat(run.error().reason()).as("%s: the message", name).contains(says);
            assertThat(treeDifferences(expected)).as("%s: the tree (%s)", name, run.error().reason()).isEmpty();
        }

        /**
         * How the tree differs from {@code expected} after a failed edit, which may have swept a killed run's
         * leftovers before failing, and may leave the private (rwx------), empty backup directories it created.
         */
        private Map<String, String> treeDifferences(Map<String, String> expected) {
            Map<String, String> after = withoutLeftovers(run.after());
            after.entrySet().removeIf(e -> !expected.containsKey(e.getKey()) && e.getValue().equals("dir rwx------"));
            return differences(withoutLeftovers(expected), after);
        }

        /** The backups the clean edit pruned: in the tree before it, not after. */
        private Map<String, String> prunedBackups() {
            return backups(before, changed);
        }

        /** The backup the clean edit made. */
        private Map<String, String> newBackups() {
            return backups(changed, before);
        }

        private static Map<String, String> backups(Map<String, String> in, Map<String, String> notIn) {
            Map<String, String> backups = new TreeMap<>(in);
            backups.keySet().removeIf(k -> notIn.containsKey(k) || !k.endsWith(".bak"));
            return backups;
        }

        private Map<String, String> newBackup(Map<String, String> state, String mode, String owner) {
            Map<String, String> expected = new TreeMap<>(state);
            newBackups().forEach((path, entry) -> {
                String[] parts = entry.split(" ");
                expected.put(path, parts[0] + " " + mode + " " + parts[2] + " " + owner);
            });
            return expected;
        }

        private static Map<String, String> plus(Map<String, String> state, Map<String, String> more) {
            Map<String, String> sum = new TreeMap<>(state);
            sum.putAll(more);
            return sum;
        }

        /** A killed run's temporary files in the tree before the edit whose names end with {@code name}. */
        private Map<String, String> leftovers(String name) {
            Map<String, String> leftovers = new TreeMap<>(before);
            leftovers.keySet().removeIf(k -> !k.endsWith(name) || withoutLeftovers(Map.of(k, "")).containsKey(k));
            return leftovers;
        }

        private static Map<String, String> withoutLeftovers(Map<String, String> state) {
            Map<String, String> without = new TreeMap<>(state);
            without.keySet().removeIf(k -> k.endsWith(EditScene.LEFTOVER) || k.endsWith(EditScene.BACKUP_LEFTOVER));
            return without;
        }
    }
}
