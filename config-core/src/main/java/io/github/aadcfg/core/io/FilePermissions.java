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

import io.github.aadcfg.core.CannotWriteException;
import io.github.aadcfg.core.InputUnavailableException;

/**
 * Who may read and write a file, and how a new file (temporary or backup) gets exactly the same and
 * never wider access than the original: same mode bits, owner and group on POSIX; same ACL on Windows.
 */
final class FilePermissions {
    private final PosixFileAttributes posix;

    private FilePermissions(PosixFileAttributes posix) {
        this.posix = posix;
    }

    /** Reads the permissions of {@code real}. */
    static FilePermissions of(Path real) {
        try {
            PosixFileAttributeView view = Files.getFileAttributeView(real, PosixFileAttributeView.class);
            return new FilePermissions(view == null ? null : view.readAttributes());
        } catch (IOException e) {
            return new FilePermissions(null);
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
        if (lacks(real, PosixFilePermission.OWNER_READ) && lacks(real, PosixFilePermission.GROUP_READ)
                && lacks(real, PosixFilePermission.OTHERS_READ) || !Files.isReadable(real)) {
            throw new InputUnavailableException("unreadable", file,
                    "the file is not readable (its permissions grant read access to no one); "
                            + "fix its permissions or run as a user who may read it");
        }
    }

    private static boolean lacks(Path path, PosixFilePermission permission) {
        try {
            PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
            return view != null && !view.readAttributes().permissions().contains(permission);
        } catch (IOException e) {
            return false;
        }
    }

    /** Attributes to create a new file with: the original's mode bits (the umask may narrow them). */
    FileAttribute<?>[] creationAttributes() {
        if (posix == null) {
            return new FileAttribute<?>[0];
        }
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(posix.permissions())};
    }

    /**
     * Gives {@code copy} the original's mode bits, owner and group (POSIX) or ACL (Windows).
     *
     * @throws CannotWriteException when the owner or group cannot be kept
     */
    void applyTo(Path copy, Path original, Path file) {
        try {
            if (posix != null) {
                Files.setPosixFilePermissions(copy, posix.permissions());
                PosixFileAttributeView view = Files.getFileAttributeView(copy, PosixFileAttributeView.class);
                PosixFileAttributes current = view.readAttributes();
                if (!current.owner().equals(posix.owner())) {
                    view.setOwner(posix.owner());
                }
                if (!current.group().equals(posix.group())) {
                    view.setGroup(posix.group());
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

    /** Gives {@code copy} the original's mode bits only (for backups, which the runner owns). */
    void applyModeTo(Path copy) throws IOException {
        if (posix != null) {
            Files.setPosixFilePermissions(copy, posix.permissions());
        }
    }
}
