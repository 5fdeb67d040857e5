package io.github.aadcfg.core.internal.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.DosFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import io.github.aadcfg.core.report.AadcfgException.Category;
import io.github.aadcfg.core.report.AadcfgException;

/**
 * Who may read and write a file, read once from the original, and how a new file (the replacement's temporary
 * file, a backup) gets the same access: on POSIX the mode, owner, group and every extended attribute (on Linux
 * all namespaces through libc: the POSIX ACL in {@code system.posix_acl_access}, {@code user.*}, the SELinux
 * label in {@code security.*} where the runner may set it, {@code trusted.*} as root); on Windows the ACL
 * ({@link AclFileAttributeView}), the user-defined attributes (alternate data streams) and the hidden and system
 * flags, each where the file system has it (FAT has no ACL; a file system with none of them gives the new file
 * its directory's defaults, as Windows does).
 *
 * <p>The order keeps the content from ever being readable by anyone the original did not allow: the new file is
 * created owner-only ({@code 0600}; in a directory with a default ACL that also clears the inherited ACL's mask,
 * so its named entries grant nothing), then gets owner and group, then the attributes (those it inherited and the
 * original lacks are removed), then the mode (after the ACL, which rewrites the group bits, while the mode
 * rewrites the ACL's mask: both are the original's, so they agree), and is read back and compared with the
 * original; only then is the content written. Anything that cannot be carried over or does not read back equal
 * is refused (code {@code cannot-keep-access}, exit 73) before the original is touched: never silently changed.
 */
final class FilePermissions {
    private static final Set<PosixFilePermission> OWNER_ONLY =
            EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    private static final Set<PosixFilePermission> GROUP = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE);
    /** The mode bits of {@code unix:mode}: permissions plus set-user-id, set-group-id and sticky. */
    private static final int MODE_BITS = 07777;

    /** The mode bits as Java can set them, or {@code null} where the file system has none (Windows). */
    private final Set<PosixFilePermission> permissions;
    /** The full mode bits, numeric owner and group, and number of names (the "unix" view); else null. */
    private final Integer mode;
    private final Integer uid;
    private final Integer gid;
    private final int links;
    /** Extended attributes by name; on Windows the user-defined ones (alternate data streams). */
    private final SortedMap<String, byte[]> attributes;
    /**
     * Windows: the ACL (null where the file system has none) and the hidden and system flags (empty where it has
     * none); both null on POSIX.
     */
    private final List<AclEntry> acl;
    private final Map<String, Object> dosFlags;
    /** How the attributes are read and set. */
    private final ExtendedAttributes view;

    private FilePermissions(Set<PosixFilePermission> permissions, Integer mode, Integer uid, Integer gid, int links,
            SortedMap<String, byte[]> attributes, List<AclEntry> acl, Map<String, Object> dosFlags,
            ExtendedAttributes view) {
        this.permissions = permissions;
        this.mode = mode;
        this.uid = uid;
        this.gid = gid;
        this.links = links;
        this.attributes = attributes;
        this.acl = acl;
        this.dosFlags = dosFlags;
        this.view = view;
    }

    /**
     * Reads the access of {@code real}: one stat (numeric owner and group, no name lookup) and its extended
     * attributes; on Windows its ACL, user-defined attributes and flags.
     *
     * @throws AadcfgException when its attributes cannot be read, so they could not be carried over
     */
    static FilePermissions of(Path real) {
        try {
            return of(real, real, ExtendedAttributes.forPath(real));
        } catch (UnsupportedOperationException e) {
            throw cannotRead(real, e);
        }
    }

    /** {@link #of(Path)} through {@code view} (tests give one that fails). */
    @SuppressWarnings("unchecked")
    static FilePermissions of(Path real, Path file, ExtendedAttributes view) {
        try {
            SortedMap<String, byte[]> attributes = view.read(real);
            AclFileAttributeView aclView = Files.getFileAttributeView(real, AclFileAttributeView.class);
            if (Files.getFileAttributeView(real, PosixFileAttributeView.class) == null) {
                Map<String, Object> dos = real.getFileSystem().supportedFileAttributeViews().contains("dos")
                        ? Files.readAttributes(real, "dos:hidden,system") : Map.of();
                return new FilePermissions(null, null, null, null, 1, attributes,
                        aclView == null ? null : aclView.getAcl(), dos, view);
            }
            Map<String, Object> unix = Files.readAttributes(real, "unix:permissions,mode,uid,gid,nlink");
            return new FilePermissions((Set<PosixFilePermission>) unix.get("permissions"),
                    (Integer) unix.get("mode") & MODE_BITS, (Integer) unix.get("uid"), (Integer) unix.get("gid"),
                    (Integer) unix.get("nlink"), attributes, null, null, view);
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            throw cannotRead(file, e);
        }
    }

    static AadcfgException cannotRead(Path file, Exception e) {
        return new AadcfgException(Category.CANNOT_WRITE, "cannot-keep-access", file, "cannot read the file's permissions, ACL and "
                + "extended attributes (" + e.getMessage() + "), so a new file could not be given the same access; "
                + "nothing was changed", e);
    }

    /**
     * Refuses a file with more than one name (hard links), unless {@code splitAllowed}: replacing it gives
     * the edited name a new file, while the other names keep the old content.
     */
    void requireSingleName(Path file, boolean splitAllowed) {
        if (links > 1 && !splitAllowed) {
            throw new AadcfgException(Category.CANNOT_WRITE, "hard-linked", file, "the file has " + links + " names (hard links); "
                    + "editing replaces it, which splits the link: the other names would keep the old content. "
                    + "Edit it where the other names cannot matter, or force the edit (--force) to split the link");
        }
    }

    /**
     * Refuses a file marked read-only (no owner write bit on POSIX, the read-only attribute on Windows),
     * even for an administrator who could write it anyway: read-only is a deliberate signal.
     */
    static void requireWritable(Path file, Path real) {
        boolean readOnly;
        try {
            PosixFileAttributeView view = Files.getFileAttributeView(real, PosixFileAttributeView.class);
            if (view != null) {
                readOnly = !view.readAttributes().permissions().contains(PosixFilePermission.OWNER_WRITE);
            } else {
                readOnly = Files.readAttributes(real, DosFileAttributes.class).isReadOnly();
            }
        } catch (IOException | UnsupportedOperationException e) {
            readOnly = !Files.isWritable(real);
        }
        if (readOnly) {
            throw new AadcfgException(Category.CANNOT_WRITE, "read-only", file,
                    "the file is read-only; make it writable first if it really should be edited");
        }
        Path directory = real.getParent();
        if (lacks(directory, PosixFilePermission.OWNER_WRITE) || !Files.isWritable(directory)) {
            throw new AadcfgException(Category.CANNOT_WRITE, "read-only-directory", file, "the directory " + directory
                    + " is read-only, so no backup or temporary file can be created beside the file; "
                    + "make it writable first");
        }
    }

    /**
     * Refuses a file whose mode grants read permission to nobody, even to an administrator who could
     * read it anyway: like read-only, that is a deliberate signal.
     */
    static void requireReadable(Path file, Path real) {
        Set<PosixFilePermission> mode = mode(real);
        boolean readableByNone = mode != null && !mode.contains(PosixFilePermission.OWNER_READ)
                && !mode.contains(PosixFilePermission.GROUP_READ) && !mode.contains(PosixFilePermission.OTHERS_READ);
        if (readableByNone || !Files.isReadable(real)) {
            throw new AadcfgException(Category.INPUT_UNAVAILABLE, "unreadable", file,
                    "the file is not readable (its permissions grant read access to no one); "
                            + "fix its permissions or run as a user who may read it");
        }
    }

    private static boolean lacks(Path path, PosixFilePermission permission) {
        Set<PosixFilePermission> mode = mode(path);
        return mode != null && !mode.contains(permission);
    }

    /** The mode bits of {@code path}, or {@code null} when it has none or they cannot be read. */
    private static Set<PosixFilePermission> mode(Path path) {
        try {
            PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
            return view == null ? null : view.readAttributes().permissions();
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Attributes to create a new file with: owner-only ({@code 0600}) on POSIX, whatever the original's mode,
     * so that nothing but the owner can open it before {@link #applyTo} has given it the original's access.
     */
    FileAttribute<?>[] creationAttributes() {
        if (permissions == null) {
            return new FileAttribute<?>[0];
        }
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)};
    }

    /**
     * Gives {@code copy}, a new empty file made with {@link #creationAttributes}, exactly the original's access
     * and checks that it reads back equal.
     *
     * @param file for messages: the config file
     * @throws AadcfgException when the owner, group, an attribute or the ACL cannot be carried over
     */
    void applyTo(Path copy, Path file) {
        give(copy, file, false);
    }

    /**
     * Gives a backup (a new empty file made with {@link #creationAttributes}) the original's access, never
     * wider: the runner (often root) makes it, so when it may not give it the original's owner the runner keeps
     * it (it could read the original anyway), and when it may not give it the original's group the group and
     * the ACL's mask lose all access (else the runner's group could read it).
     *
     * @param file for messages: the config file
     * @throws AadcfgException when an attribute or the ACL cannot be carried over
     */
    void applyToBackup(Path copy, Path file) {
        give(copy, file, true);
    }

    private void give(Path copy, Path file, boolean backup) {
        FilePermissions wanted = this;
        try {
            if (dosFlags != null) {
                giveAclAndFlags(copy);
            } else {
                try {
                    setIfDifferent(copy, "unix:uid", uid);
                } catch (IOException e) {
                    if (!backup) {
                        throw cannotKeepOwner(file, e);
                    }
                    wanted = wanted.ownedBy((Integer) Files.getAttribute(copy, "unix:uid"));
                }
                try {
                    setIfDifferent(copy, "unix:gid", gid);
                } catch (IOException e) {
                    if (!backup) {
                        throw cannotKeepOwner(file, e);
                    }
                    wanted = wanted.inGroupWithoutAccess((Integer) Files.getAttribute(copy, "unix:gid"));
                }
            }
            wanted.giveAttributes(copy, file);
            if (permissions != null) {
                Files.setPosixFilePermissions(copy, wanted.permissions);
            }
        } catch (IOException e) {
            throw new AadcfgException(Category.CANNOT_WRITE, "cannot-keep-access", file, "cannot give the new file " + copy
                    + " the original's access (" + e.getMessage() + "); nothing was changed", e);
        }
        List<String> differences = wanted.differencesFrom(of(copy, file, view));
        if (!differences.isEmpty()) {
            throw new AadcfgException(Category.CANNOT_WRITE, "cannot-keep-access", file, "the new file " + copy + " did not get the "
                    + "original's access: " + String.join("; ", differences) + ". Nothing was changed");
        }
    }

    /** Windows: gives {@code copy} the original's ACL (where there is one) and hidden and system flags. */
    private void giveAclAndFlags(Path copy) throws IOException {
        if (acl != null) {
            Files.getFileAttributeView(copy, AclFileAttributeView.class).setAcl(acl);
        }
        for (Map.Entry<String, Object> flag : dosFlags.entrySet()) {
            Files.setAttribute(copy, "dos:" + flag.getKey(), flag.getValue());
        }
    }

    private static void setIfDifferent(Path copy, String attribute, int id) throws IOException {
        if (!Integer.valueOf(id).equals(Files.getAttribute(copy, attribute))) {
            Files.setAttribute(copy, attribute, id);
        }
    }

    static AadcfgException cannotKeepOwner(Path file, IOException e) {
        return new AadcfgException(Category.CANNOT_WRITE, "cannot-keep-owner", file, "cannot give the new file the original's "
                + "owner or group (" + e.getMessage() + "); run as the file's owner or as root", e);
    }

    /** Removes the attributes {@code copy} has and the original lacks (e.g. an inherited ACL), sets the others. */
    private void giveAttributes(Path copy, Path file) throws IOException {
        SortedMap<String, byte[]> present = view.read(copy);
        for (String name : present.keySet()) {
            if (!attributes.containsKey(name)) {
                carry(() -> view.remove(copy, name), name, "remove the attribute it got from its directory", file);
            }
        }
        for (Map.Entry<String, byte[]> attribute : attributes.entrySet()) {
            if (!Arrays.equals(present.get(attribute.getKey()), attribute.getValue())) {
                carry(() -> view.set(copy, attribute.getKey(), attribute.getValue()), attribute.getKey(),
                        "carry over the attribute", file);
            }
        }
    }

    /** A change of one attribute. */
    @FunctionalInterface
    private interface AttributeChange {
        void run() throws IOException;
    }

    private static void carry(AttributeChange change, String name, String what, Path file) {
        try {
            change.run();
        } catch (IOException e) {
            throw new AadcfgException(Category.CANNOT_WRITE, "cannot-keep-access", file, "cannot " + what + " " + describe(name)
                    + " (" + e.getMessage() + "), so the new file would not have the original's access; nothing was "
                    + "changed. Run as root, or remove the attribute from the original if it is not needed", e);
        }
    }

    private static String describe(String attribute) {
        return attribute.equals(PosixAcl.ACCESS_ATTRIBUTE) ? attribute + " (the file's ACL)" : attribute;
    }

    /** The same access owned by {@code owner} instead. */
    private FilePermissions ownedBy(int owner) {
        return new FilePermissions(permissions, mode, owner, gid, links, attributes, acl, dosFlags, view);
    }

    /** The same access in {@code group} instead, with nothing granted to the group or through the ACL's mask. */
    private FilePermissions inGroupWithoutAccess(int group) {
        Set<PosixFilePermission> narrowed = EnumSet.noneOf(PosixFilePermission.class);
        narrowed.addAll(permissions);
        narrowed.removeAll(GROUP);
        SortedMap<String, byte[]> withoutGroup = new TreeMap<>(attributes);
        withoutGroup.computeIfPresent(PosixAcl.ACCESS_ATTRIBUTE, (name, value) -> PosixAcl.withoutGroupAccess(value));
        return new FilePermissions(narrowed, mode & ~070, uid, group, links, withoutGroup, acl, dosFlags, view);
    }

    /** What of this access {@code copy} lacks or has in excess, in words; empty when they are equal. */
    private List<String> differencesFrom(FilePermissions copy) {
        List<String> differences = new ArrayList<>();
        if (mode != null && !mode.equals(copy.mode)) {
            differences.add("mode " + octal(mode) + " became " + octal(copy.mode));
        }
        if (uid != null && (!uid.equals(copy.uid) || !gid.equals(copy.gid))) {
            differences.add("owner:group " + uid + ":" + gid + " became " + copy.uid + ":" + copy.gid);
        }
        if (dosFlags != null && (!Objects.equals(acl, copy.acl) || !dosFlags.equals(copy.dosFlags))) {
            differences.add("the ACL or the hidden and system flags read back different (" + acl + " " + dosFlags
                    + " became " + copy.acl + " " + copy.dosFlags + ")");
        }
        for (String name : union(attributes.keySet(), copy.attributes.keySet())) {
            if (!Arrays.equals(attributes.get(name), copy.attributes.get(name))) {
                differences.add("attribute " + describe(name) + (copy.attributes.containsKey(name)
                        ? attributes.containsKey(name) ? " differs" : " was added" : " is missing"));
            }
        }
        return differences;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    private static String octal(Integer bits) {
        return bits == null ? "none" : String.format("%04o", bits);
    }
}
