package io.github.aadcfg.core.internal.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.SortedMap;
import java.util.TreeMap;

import com.sun.jna.LastErrorException;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;

/**
 * Every extended attribute of a file through libc's {@code listxattr}, {@code getxattr}, {@code setxattr} and
 * {@code removexattr}, called through JNA: what {@code cp --preserve=all} and {@code rsync -AX} copy. Names are
 * decoded as ISO-8859-1, which maps each byte to one char and back, so any name round-trips; values are bytes.
 */
final class LinuxExtendedAttributes implements ExtendedAttributes {
    private static final int ERANGE = 34;
    private static final int ENOTSUP = 95;
    /** Reads tried when an attribute keeps growing between asking its size and reading it. */
    private static final int ATTEMPTS = 5;

    /** libc's calls; {@code size_t} and {@code ssize_t} have the width of {@code long} on Linux. */
    private interface LibC extends Library {
        NativeLong listxattr(String path, byte[] list, NativeLong size) throws LastErrorException;

        NativeLong getxattr(String path, byte[] name, byte[] value, NativeLong size) throws LastErrorException;

        int setxattr(String path, byte[] name, byte[] value, NativeLong size, int flags) throws LastErrorException;

        int removexattr(String path, byte[] name) throws LastErrorException;
    }

    /** A call that fills {@code buffer} ({@code null}: only says how big it must be) and returns the length. */
    @FunctionalInterface
    private interface FillCall {
        NativeLong fill(byte[] buffer, NativeLong size);
    }

    private static volatile LinuxExtendedAttributes loaded;
    private final LibC libc;

    private LinuxExtendedAttributes(LibC libc) {
        this.libc = libc;
    }

    /**
     * The libc view, loaded once.
     *
     * @throws UnsupportedOperationException when JNA cannot load libc
     */
    static LinuxExtendedAttributes load() {
        if (loaded == null) {
            try {
                unpackPrivately();
                loaded = new LinuxExtendedAttributes(Native.load("c", LibC.class));
            } catch (LinkageError | RuntimeException e) {
                throw new UnsupportedOperationException("libc cannot be called through JNA (" + e.getMessage() + ")",
                        e);
            }
        }
        return loaded;
    }

    /**
     * JNA unpacks its native library into {@code ~/.cache/JNA} unless told otherwise: a directory another user
     * may own or write (root run with a user's {@code HOME}), who could then swap the library between its
     * unpacking and its loading and run code as root. Unless the embedding application chose a directory
     * ({@code jna.tmpdir}), it goes to a new directory that only this user can enter, created {@code rwx------}
     * under a random name (so it cannot have been planted) and removed when the JVM exits.
     */
    private static void unpackPrivately() {
        if (System.getProperty("jna.tmpdir") != null) {
            return;
        }
        try {
            Path directory = Files.createTempDirectory("aadcfg-jna-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            directory.toFile().deleteOnExit();
            System.setProperty("jna.tmpdir", directory.toString());
        } catch (IOException e) {
            throw new UnsupportedOperationException("no private directory for JNA's native library: "
                    + e.getMessage(), e);
        }
    }

    @Override
    public SortedMap<String, byte[]> read(Path path) throws IOException {
        String file = path.toString();
        SortedMap<String, byte[]> attributes = new TreeMap<>();
        byte[] names;
        try {
            names = filled((buffer, size) -> libc.listxattr(file, buffer, size));
        } catch (LastErrorException e) {
            if (e.getErrorCode() == ENOTSUP) {
                return attributes; // a file system without extended attributes: nothing to carry
            }
            throw failure(path, "list the extended attributes of", e);
        }
        int start = 0;
        for (int end = 0; end < names.length; end++) {
            if (names[end] == 0) {
                String name = new String(names, start, end - start, StandardCharsets.ISO_8859_1);
                byte[] cName = cString(name);
                try {
                    attributes.put(name, filled((buffer, size) -> libc.getxattr(file, cName, buffer, size)));
                } catch (LastErrorException e) {
                    throw failure(path, "read attribute " + name + " of", e);
                }
                start = end + 1;
            }
        }
        return attributes;
    }

    @Override
    public void set(Path path, String name, byte[] value) throws IOException {
        try {
            libc.setxattr(path.toString(), cString(name), value, new NativeLong(value.length), 0);
        } catch (LastErrorException e) {
            throw failure(path, "set attribute " + name + " on", e);
        }
    }

    @Override
    public void remove(Path path, String name) throws IOException {
        try {
            libc.removexattr(path.toString(), cString(name));
        } catch (LastErrorException e) {
            throw failure(path, "remove attribute " + name + " from", e);
        }
    }

    /** Asks the size, then fills a buffer that big; again when the value grew in between (ERANGE). */
    private static byte[] filled(FillCall call) {
        for (int attempt = 1; ; attempt++) {
            int size = call.fill(null, new NativeLong(0)).intValue();
            byte[] buffer = new byte[size];
            if (size == 0) {
                return buffer;
            }
            try {
                int length = call.fill(buffer, new NativeLong(size)).intValue();
                return length == size ? buffer : Arrays.copyOf(buffer, length);
            } catch (LastErrorException e) {
                if (e.getErrorCode() != ERANGE || attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private static byte[] cString(String name) {
        byte[] bytes = name.getBytes(StandardCharsets.ISO_8859_1);
        return Arrays.copyOf(bytes, bytes.length + 1);
    }

    private static FileSystemException failure(Path path, String what, LastErrorException e) {
        FileSystemException failure = new FileSystemException(path.toString(), null,
                "cannot " + what + " the file: " + strerror(e));
        failure.initCause(e);
        return failure;
    }

    /** The error's text ("Operation not permitted"), as JNA reports it ("[1] Operation not permitted"). */
    private static String strerror(LastErrorException e) {
        String message = e.getMessage() == null ? "error " + e.getErrorCode() : e.getMessage();
        return message.replaceFirst("^\\[\\d+\\] ", "");
    }
}
