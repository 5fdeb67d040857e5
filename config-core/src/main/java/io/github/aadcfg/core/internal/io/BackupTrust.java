package io.github.aadcfg.core.internal.io;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.sun.security.auth.module.UnixSystem;

import io.github.aadcfg.core.report.AadcfgException.Category;
import io.github.aadcfg.core.report.AadcfgException;
import io.github.aadcfg.core.report.Backup;

/**
 * Whether backups and the directories holding them can be trusted: nothing another user could have written is
 * read back or written into. The rule is the one ssh applies to {@code ~/.ssh}:
 * <ul>
 * <li><b>Backup directory</b> (with {@code --backup-dir}): from the nearest existing ancestor of the backup
 * root down to the directory mirroring a file's, every existing directory must be owned by the current user
 * or by root, and not writable by group or others unless it has the sticky bit (as {@code /tmp} does, where
 * others can add entries but not replace ours). Below the root, no component may be a symbolic link (a link
 * planted by another user would redirect backups); the root itself is the path the user chose and is checked
 * where it leads. What aadcfg creates there is made {@code rwx------} whatever the umask. Anything else is
 * refused before anything is written or read.</li>
 * <li><b>A backup</b> (beside the file or in the backup directory): not a symbolic link, owned by the current
 * user, root or the file's owner, and writable by group or others only where the file itself is (a backup
 * carries the file's mode: whoever can write it could write the file anyway).</li>
 * </ul>
 * On file systems without POSIX owners and modes (Windows) these checks do not apply: access there is
 * governed by ACLs, which the directory inherits from its parent.
 */
final class BackupTrust {
    private static final int GROUP_OR_OTHERS_WRITE = 0022;
    private static final int GROUP_WRITE = 0020;
    private static final int OTHERS_WRITE = 0002;
    private static final int STICKY = 01000;
    private static final int ROOT = 0;
    private static final Set<PosixFilePermission> PRIVATE = PosixFilePermissions.fromString("rwx------");

    private BackupTrust() {
    }

    /**
     * Checks the existing directories from the nearest existing ancestor of {@code root} down to
     * {@code mirrored} (a directory under {@code root}), creating nothing.
     *
     * @param file for messages: the config file
     * @throws AadcfgException {@code untrusted-backup-directory} naming the directory and what is wrong
     */
    static void requireTrusted(Path root, Path mirrored, Path file) {
        walk(root, mirrored, file, false);
    }

    /**
     * Like {@link #requireTrusted}, and creates the missing directories down to {@code mirrored}, each
     * {@code rwx------} whatever the umask.
     *
     * @throws AadcfgException when a directory is untrusted or cannot be created
     */
    static void createTrusted(Path root, Path mirrored, Path file) {
        walk(root, mirrored, file, true);
    }

    private static void walk(Path root, Path mirrored, Path file, boolean create) {
        if (!posix(root)) {
            if (create) {
                try {
                    Files.createDirectories(mirrored);
                } catch (IOException e) {
                    throw DurableFiles.cannotWrite(mirrored, file, e);
                }
            }
            return;
        }
        Deque<Path> below = new ArrayDeque<>(); // from the anchor's child down to mirrored
        for (Path p = mirrored; !p.equals(root); p = p.getParent()) {
            below.push(p);
        }
        Path anchor = root;
        while (anchor.getParent() != null && !exists(anchor, file)) {
            below.push(anchor);
            anchor = anchor.getParent();
        }
        // the path the user chose (or its parent): checked where it leads
        boolean anchorIsDirectory = check(real(anchor, file), file, true);
        if (!below.isEmpty() && !anchorIsDirectory) {
            // nothing can be below a file: say so, on every JDK (some report "no such file" below it, some not)
            throw DurableFiles.cannotWrite(below.peek(), file,
                    new FileSystemException(below.peek().toString(), null, "Not a directory"));
        }
        for (Path directory : below) {
            if (!exists(directory, file)) {
                if (!create) {
                    return; // nothing below a missing directory to read
                }
                makePrivate(directory, file);
            }
            if (!check(directory, file, false)) {
                return; // not a directory: creating below it fails with the usual message
            }
        }
    }

    /**
     * Whether {@code path} exists (a link counts, unfollowed). A path that cannot be examined is an error, not
     * a missing directory: the walk must not stop checking on a failure (it fails closed).
     */
    private static boolean exists(Path path, Path file) {
        try {
            Files.readAttributes(path, "unix:mode", LinkOption.NOFOLLOW_LINKS);
            return true;
        } catch (NoSuchFileException missing) {
            return false;
        } catch (IOException e) {
            throw DurableFiles.cannotWrite(path, file, e);
        }
    }

    private static Path real(Path anchor, Path file) {
        try {
            return anchor.toRealPath();
        } catch (IOException e) {
            throw DurableFiles.cannotWrite(anchor, file, e);
        }
    }

    private static void makePrivate(Path directory, Path file) {
        try {
            // private from the start, so that it stays private when setting the mode fails
            Files.createDirectory(directory, PosixFilePermissions.asFileAttribute(PRIVATE));
            // set after creating too: a mode given at creation is reduced by the umask, this one is not
            Files.setPosixFilePermissions(directory, PRIVATE);
        } catch (FileAlreadyExistsException raced) {
            // made meanwhile by another run (or planted): checked like any existing directory
        } catch (IOException e) {
            throw DurableFiles.cannotWrite(directory, file, e);
        }
    }

    /** Checks one directory; false when it is not a directory (then there is nothing below it to trust). */
    private static boolean check(Path directory, Path file, boolean followLinks) {
        Map<String, Object> unix = attributes(directory, file, followLinks);
        if (Boolean.TRUE.equals(unix.get("isSymbolicLink"))) {
            throw untrusted(directory, file, "is a symbolic link");
        }
        if (!Boolean.TRUE.equals(unix.get("isDirectory"))) {
            return false;
        }
        int uid = (Integer) unix.get("uid");
        int mode = (Integer) unix.get("mode") & 07777;
        int me = currentUid();
        if (uid != me && uid != ROOT) {
            throw untrusted(directory, file, "is owned by uid " + uid + ", not by this user (uid " + me + ") or root");
        }
        if ((mode & GROUP_OR_OTHERS_WRITE) != 0 && (mode & STICKY) == 0) {
            throw untrusted(directory, file, "is writable by group or others (mode " + octal(mode)
                    + ") and has no sticky bit");
        }
        return true;
    }

    /**
     * Why {@code backup} must not be restored, or empty when it may be.
     *
     * @param real the real path of the backed-up file (which may no longer exist)
     */
    static Optional<String> distrust(Path backup, Path real) {
        if (!posix(backup)) {
            return Optional.empty();
        }
        Map<String, Object> unix = attributes(backup, backup, false);
        if (Boolean.TRUE.equals(unix.get("isSymbolicLink"))) {
            return Optional.of("is a symbolic link");
        }
        Optional<Map<String, Object>> owner = fileAttributes(real);
        int uid = (Integer) unix.get("uid");
        int mode = (Integer) unix.get("mode") & 07777;
        int me = currentUid();
        boolean ownersUid = owner.isPresent() && uid == (Integer) owner.get().get("uid");
        if (uid != me && uid != ROOT && !ownersUid) {
            return Optional.of("is owned by uid " + uid + ", not by this user (uid " + me + "), root or the file's owner");
        }
        int fileMode = owner.map(a -> (Integer) a.get("mode")).orElse(0);
        boolean groupMayWrite = (fileMode & GROUP_WRITE) != 0 && owner.get().get("gid").equals(unix.get("gid"));
        if ((mode & GROUP_WRITE) != 0 && !groupMayWrite || (mode & OTHERS_WRITE) != 0 && (fileMode & OTHERS_WRITE) == 0) {
            return Optional.of("is writable by group or others (mode " + octal(mode) + ") where the file is not");
        }
        return Optional.empty();
    }

    private static Optional<Map<String, Object>> fileAttributes(Path real) {
        try {
            return Optional.of(Files.readAttributes(real, "unix:mode,uid,gid"));
        } catch (NoSuchFileException gone) {
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // unreadable: judged as if it were gone, the stricter rule
        }
    }

    private static Map<String, Object> attributes(Path path, Path file, boolean followLinks) {
        try {
            return followLinks ? Files.readAttributes(path, "unix:*")
                    : Files.readAttributes(path, "unix:*", LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            throw DurableFiles.cannotWrite(path, file, e);
        }
    }

    private static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("unix");
    }

    private static int currentUid() {
        return (int) new UnixSystem().getUid();
    }

    private static String octal(int mode) {
        return String.format("%04o", mode);
    }

    static AadcfgException untrusted(Path directory, Path file, String what) {
        return new AadcfgException(Category.CANNOT_WRITE, "untrusted-backup-directory", file, "the backup directory " + directory
                + " " + what + ": backups there could have been planted or replaced by another user. Nothing was "
                + "written. Use a backup directory that only you can write (owned by you, mode 700), or remove "
                + "this one so that aadcfg creates it");
    }
}
