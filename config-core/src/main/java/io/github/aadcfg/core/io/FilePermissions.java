package io.github.aadcfg.core.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.DosFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Set;

import io.github.aadcfg.core.CannotWriteException;
import io.github.aadcfg.core.InputUnavailableException;

/**
 * Who may read and write a file, and how a new file (temporary or backup) gets exactly the same and
 * never wider access than the original: same mode bits, owner and group on POSIX; same ACL on Windows.
 */
final class FilePermissions {
    /** The original's mode bits, or {@code null} where the file system has none (Windows). */
    private final Set<PosixFilePermission> permissions;
    /** The original's numeric owner and group where the file system tells them (the "unix" view), else null. */
    private final Integer uid;
    private final Integer gid;

    private FilePermissions(Set<PosixFilePermission> permissions, Integer uid, Integer gid) {
        this.permissions = permissions;
        this.uid = uid;
        this.gid = gid;
    }

    /**
     * Reads the permissions of {@code real}: one stat, and no user or group name lookup (the numeric owner
     * and group are compared, where the file system gives them).
     */
    @SuppressWarnings("unchecked")
    static FilePermissions of(Path real) {
        try {
            Map<String, Object> unix = Files.readAttributes(real, "unix:permissions,uid,gid");
            return new FilePermissions((Set<PosixFilePermission>) unix.get("permissions"), (Integer) unix.get("uid"),
                    (Integer) unix.get("gid"));
        } catch (UnsupportedOperationException | IllegalArgumentException | ClassCastException noUnixView) {
            // not a Unix file system provider: the POSIX view, or none
        } catch (IOException e) {
            return new FilePermissions(null, null, null);
        }
        try {
            PosixFileAttributeView view = Files.getFileAttributeView(real, PosixFileAttributeView.class);
            return new FilePermissions(view == null ? null : view.readAttributes().permissions(), null, null);
        } catch (IOException e) {
            return new FilePermissions(null, null, null);
        }
    }

    /** Whether the file system has POSIX modes (then {@link #applyTo} needs no closed file). */
    boolean posix() {
        return permissions != null;
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
            throw new CannotWriteException("read-only", file,
                    "the file is read-only; make it writable first if it really should be edited");
        }
        Path directory = real.getParent();
        if (lacks(directory, PosixFilePermission.OWNER_WRITE) || !Files.isWritable(directory)) {
            throw new CannotWriteException("read-only-directory", file, "the directory " + directory
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
            throw new InputUnavailableException("unreadable", file,
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

    /** Attributes to create a new file with: the original's mode bits (the umask may narrow them). */
    FileAttribute<?>[] creationAttributes() {
        if (permissions == null) {
            return new FileAttribute<?>[0];
        }
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)};
    }

    /**
     * Gives {@code copy} the original's mode bits, owner and group (POSIX) or ACL (Windows).
     *
     * @throws CannotWriteException when the owner or group cannot be kept
     */
    void applyTo(Path copy, Path original, Path file) {
        try {
            if (permissions != null) {
                if (uid != null && gid != null) {
                    Map<String, Object> current = Files.readAttributes(copy, "unix:permissions,uid,gid");
                    if (!permissions.equals(current.get("permissions"))) {
                        Files.setPosixFilePermissions(copy, permissions);
                    }
                    if (!uid.equals(current.get("uid"))) {
                        Files.setAttribute(copy, "unix:uid", uid);
                    }
                    if (!gid.equals(current.get("gid"))) {
                        Files.setAttribute(copy, "unix:gid", gid);
                    }
                    return;
                }
                applyModeTo(copy);
                PosixFileAttributes wanted = Files.readAttributes(original, PosixFileAttributes.class);
                PosixFileAttributeView view = Files.getFileAttributeView(copy, PosixFileAttributeView.class);
                PosixFileAttributes current = view.readAttributes();
                if (!current.owner().equals(wanted.owner())) {
                    view.setOwner(wanted.owner());
                }
                if (!current.group().equals(wanted.group())) {
                    view.setGroup(wanted.group());
                }
                return;
            }
            AclFileAttributeView acl = Files.getFileAttributeView(original, AclFileAttributeView.class);
            if (acl != null) {
                Files.getFileAttributeView(copy, AclFileAttributeView.class).setAcl(acl.getAcl());
            }
        } catch (IOException e) {
            throw new CannotWriteException("cannot-keep-owner", file, "cannot give the new file the original's "
                    + "owner, group or permissions (" + e.getMessage() + "); run as the file's owner or as root", e);
        }
    }

    /**
     * Gives {@code copy} the original's mode bits only (for backups, which the runner owns). A new file was
     * created with them already, less the umask: it is changed only when the umask took some away (a stat
     * costs less than a change, which the file system journals).
     */
    void applyModeTo(Path copy) throws IOException {
        if (permissions != null && !permissions.equals(Files.getPosixFilePermissions(copy))) {
            Files.setPosixFilePermissions(copy, permissions);
        }
    }
}
