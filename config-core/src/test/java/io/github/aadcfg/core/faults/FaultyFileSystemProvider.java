package io.github.aadcfg.core.faults;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.AccessMode;
import java.nio.file.CopyOption;
import java.nio.file.DirectoryStream;
import java.nio.file.FileStore;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileAttributeView;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.UserDefinedFileAttributeView;
import java.nio.file.spi.FileSystemProvider;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Delegates to another provider (the default one, or an in-memory file system's), failing one step of an edit when told to: the step the engine
 * must survive without changing the original or leaving litter. Every I/O call is first shown to the
 * {@link IoObserver} set with {@link #observe}, which may record it or fail it.
 */
final class FaultyFileSystemProvider extends FileSystemProvider {
    /** The steps that can be made to fail. */
    enum Fault {
        OPEN, READ, LOCK, BACKUP_WRITE, BACKUP_VERIFY, TEMP_WRITE, FSYNC, MOVE, BACKUP_DIRECTORY_SYNC, DIRECTORY_SYNC,
        /** Not a failure: another program rewrites the file in place while aadcfg writes its temporary file. */
        REWRITE,
        NONE
    }

    private final FileSystemProvider delegate;
    private final FaultyFileSystem fileSystem;
    private final AtomicInteger directorySyncs = new AtomicInteger();
    private volatile Fault fault = Fault.NONE;
    private volatile String target = "";
    private volatile boolean injected;
    private volatile IoObserver observer = IoObserver.NONE;

    FaultyFileSystemProvider(FaultyFileSystem fileSystem, FileSystemProvider delegate) {
        this.fileSystem = fileSystem;
        this.delegate = delegate;
    }

    /** Shows every I/O call from now on to {@code observer} first. */
    void observe(IoObserver value) {
        this.observer = value;
    }

    /** Shows one call to the observer; a path of the file system delegated to. */
    void call(Operation operation, Path real) throws IOException {
        observer.observe(operation, real);
    }

    private static Operation opening(Set<? extends OpenOption> options) {
        if (options.contains(StandardOpenOption.CREATE_NEW) || options.contains(StandardOpenOption.CREATE)) {
            return Operation.CREATE;
        }
        return options.contains(StandardOpenOption.WRITE) || options.contains(StandardOpenOption.APPEND)
                ? Operation.OPEN_WRITE : Operation.OPEN_READ;
    }

    /** Fails {@code step} for the file named {@code targetName} (and its backups and temporary files). */
    void arm(Fault step, String targetName) {
        this.fault = step;
        this.target = targetName;
        this.injected = false;
        this.directorySyncs.set(0);
    }

    /** Whether the armed fault was actually hit. */
    boolean injected() {
        return injected;
    }

    private enum Kind {
        TARGET, BACKUP_TEMP, FILE_TEMP, DIRECTORY, OTHER
    }

    private Kind kind(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        if (name.equals(target)) {
            return Kind.TARGET;
        }
        if (name.startsWith("." + target + ".") && name.contains(".aadcfg-")) {
            return name.contains(".bak.aadcfg-") ? Kind.BACKUP_TEMP : Kind.FILE_TEMP;
        }
        return Files.isDirectory(path) ? Kind.DIRECTORY : Kind.OTHER;
    }

    private IOException fail(Fault step) {
        injected = true;
        return new IOException("injected fault: " + step.name().toLowerCase().replace('_', ' '));
    }

    @Override
    public FileChannel newFileChannel(Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs)
            throws IOException {
        Path real = FaultyPath.unwrap(path);
        call(opening(options), real);
        corruptBackupOnReadBack(real, options);
        Kind kind = kind(real);
        if (fault == Fault.OPEN && kind == Kind.TARGET && options.contains(StandardOpenOption.WRITE)) {
            throw fail(Fault.OPEN);
        }
        if (fault == Fault.REWRITE && kind == Kind.FILE_TEMP && options.contains(StandardOpenOption.CREATE_NEW)) {
            injected = true;
            Path original = real.resolveSibling(target);
            Files.write(original, (new String(Files.readAllBytes(original), java.nio.charset.StandardCharsets.UTF_8)
                    + "<!-- rewritten by another program -->").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        Fault channelFault = switch (kind) {
            case TARGET -> fault == Fault.READ || fault == Fault.LOCK ? fault : Fault.NONE;
            case BACKUP_TEMP -> fault == Fault.BACKUP_WRITE ? fault : Fault.NONE;
            case FILE_TEMP -> fault == Fault.TEMP_WRITE || fault == Fault.FSYNC ? fault : Fault.NONE;
            case DIRECTORY -> directoryFault();
            default -> Fault.NONE;
        };
        return new Channel(delegate.newFileChannel(real, options, attrs), channelFault, real);
    }

    /** Directory syncs happen twice per edit: after the backup (first), after the replace (second). */
    private Fault directoryFault() {
        int nth = directorySyncs.incrementAndGet();
        if (fault == Fault.BACKUP_DIRECTORY_SYNC && nth == 1 || fault == Fault.DIRECTORY_SYNC && nth == 2) {
            return fault;
        }
        return Fault.NONE;
    }

    @Override
    public SeekableByteChannel newByteChannel(Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs)
            throws IOException {
        Path real = FaultyPath.unwrap(path);
        call(opening(options), real);
        corruptBackupOnReadBack(real, options);
        FileChannel channel = delegate.newFileChannel(real, options, attrs);
        return new Channel(channel, Fault.NONE, real);
    }

    /** The read-back of a backup (opened to read, however) finds other bytes than were written. */
    private void corruptBackupOnReadBack(Path real, Set<? extends OpenOption> options) throws IOException {
        if (fault == Fault.BACKUP_VERIFY && kind(real) == Kind.BACKUP_TEMP && !options.contains(StandardOpenOption.WRITE)) {
            injected = true;
            try (RandomAccessFile file = new RandomAccessFile(real.toFile(), "rw")) {
                file.seek(file.length() / 2);
                int b = file.read();
                file.seek(file.length() / 2);
                file.write(b ^ 0x20); // the disk returns something else than was written
            }
        }
    }

    @Override
    public void move(Path source, Path target, CopyOption... options) throws IOException {
        call(Operation.MOVE, FaultyPath.unwrap(source));
        if (fault == Fault.MOVE && kind(FaultyPath.unwrap(source)) == Kind.FILE_TEMP) {
            throw fail(Fault.MOVE);
        }
        delegate.move(FaultyPath.unwrap(source), FaultyPath.unwrap(target), options);
    }

    @Override
    public DirectoryStream<Path> newDirectoryStream(Path dir, DirectoryStream.Filter<? super Path> filter)
            throws IOException {
        call(Operation.LIST, FaultyPath.unwrap(dir));
        DirectoryStream<Path> entries = delegate.newDirectoryStream(FaultyPath.unwrap(dir),
                p -> filter.accept(fileSystem.wrap(p)));
        return new DirectoryStream<>() {
            @Override
            public Iterator<Path> iterator() {
                Iterator<Path> it = entries.iterator();
                return new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return it.hasNext();
                    }

                    @Override
                    public Path next() {
                        return fileSystem.wrap(it.next());
                    }
                };
            }

            @Override
            public void close() throws IOException {
                entries.close();
            }
        };
    }

    @Override
    public String getScheme() {
        return "faulty";
    }

    @Override
    public FileSystem newFileSystem(URI uri, Map<String, ?> env) {
        throw new UnsupportedOperationException();
    }

    @Override
    public FileSystem getFileSystem(URI uri) {
        return fileSystem;
    }

    @Override
    public Path getPath(URI uri) {
        return fileSystem.wrap(delegate.getPath(uri));
    }

    @Override
    public void createDirectory(Path dir, FileAttribute<?>... attrs) throws IOException {
        call(Operation.MKDIR, FaultyPath.unwrap(dir));
        delegate.createDirectory(FaultyPath.unwrap(dir), attrs);
    }

    @Override
    public void delete(Path path) throws IOException {
        call(Operation.DELETE, FaultyPath.unwrap(path));
        delegate.delete(FaultyPath.unwrap(path));
    }

    @Override
    public void copy(Path source, Path target, CopyOption... options) throws IOException {
        call(Operation.COPY, FaultyPath.unwrap(source));
        delegate.copy(FaultyPath.unwrap(source), FaultyPath.unwrap(target), options);
    }

    @Override
    public boolean isSameFile(Path path, Path path2) throws IOException {
        call(Operation.STAT, FaultyPath.unwrap(path));
        return delegate.isSameFile(FaultyPath.unwrap(path), FaultyPath.unwrap(path2));
    }

    @Override
    public boolean isHidden(Path path) throws IOException {
        call(Operation.STAT, FaultyPath.unwrap(path));
        return delegate.isHidden(FaultyPath.unwrap(path));
    }

    @Override
    public FileStore getFileStore(Path path) throws IOException {
        call(Operation.STAT, FaultyPath.unwrap(path));
        return delegate.getFileStore(FaultyPath.unwrap(path));
    }

    @Override
    public void checkAccess(Path path, AccessMode... modes) throws IOException {
        call(Operation.ACCESS, FaultyPath.unwrap(path));
        delegate.checkAccess(FaultyPath.unwrap(path), modes);
    }

    @Override
    public <V extends FileAttributeView> V getFileAttributeView(Path path, Class<V> type, LinkOption... options) {
        Path real = FaultyPath.unwrap(path);
        V view = delegate.getFileAttributeView(real, type, options);
        if (view == null) {
            return null;
        }
        if (type == PosixFileAttributeView.class) {
            return type.cast(new ObservedPosixView(this, (PosixFileAttributeView) view, real));
        }
        if (type == UserDefinedFileAttributeView.class) {
            return type.cast(new ObservedUserDefinedView(this, (UserDefinedFileAttributeView) view, real));
        }
        if (type == AclFileAttributeView.class) {
            return type.cast(new ObservedAclView(this, (AclFileAttributeView) view, real));
        }
        throw new UnsupportedOperationException("a " + type.getSimpleName() + " would bypass the observer");
    }

    @Override
    public <A extends BasicFileAttributes> A readAttributes(Path path, Class<A> type, LinkOption... options)
            throws IOException {
        call(Operation.STAT, FaultyPath.unwrap(path));
        return delegate.readAttributes(FaultyPath.unwrap(path), type, options);
    }

    @Override
    public Map<String, Object> readAttributes(Path path, String attributes, LinkOption... options) throws IOException {
        call(Operation.STAT, FaultyPath.unwrap(path));
        return delegate.readAttributes(FaultyPath.unwrap(path), attributes, options);
    }

    @Override
    public void setAttribute(Path path, String attribute, Object value, LinkOption... options) throws IOException {
        call(attribute.endsWith(":uid") || attribute.equals("owner") ? Operation.CHOWN
                : attribute.endsWith(":gid") || attribute.endsWith("group") ? Operation.CHGRP
                : attribute.endsWith("permissions") || attribute.endsWith(":mode") ? Operation.CHMOD
                : Operation.SET_ATTRIBUTE, FaultyPath.unwrap(path));
        delegate.setAttribute(FaultyPath.unwrap(path), attribute, value, options);
    }

    @Override
    public Path readSymbolicLink(Path link) throws IOException {
        call(Operation.READ_LINK, FaultyPath.unwrap(link));
        return fileSystem.wrap(delegate.readSymbolicLink(FaultyPath.unwrap(link)));
    }

    @Override
    public void createSymbolicLink(Path link, Path target, FileAttribute<?>... attrs) throws IOException {
        call(Operation.MKDIR, FaultyPath.unwrap(link));
        delegate.createSymbolicLink(FaultyPath.unwrap(link), FaultyPath.unwrap(target), attrs);
    }

    /** A file channel that fails the armed step. */
    private final class Channel extends FileChannel {
        private final FileChannel channel;
        private final Fault channelFault;
        private final Path real;

        Channel(FileChannel channel, Fault channelFault, Path real) {
            this.channel = channel;
            this.channelFault = channelFault;
            this.real = real;
        }

        private void check(Fault step) throws IOException {
            if (channelFault == step) {
                throw fail(step);
            }
        }

        private void check(Operation operation) throws IOException {
            call(operation, real);
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            check(Operation.READ);
            check(Fault.READ);
            return channel.read(dst);
        }

        @Override
        public long read(ByteBuffer[] dsts, int offset, int length) throws IOException {
            check(Operation.READ);
            check(Fault.READ);
            return channel.read(dsts, offset, length);
        }

        @Override
        public int read(ByteBuffer dst, long position) throws IOException {
            check(Operation.READ);
            check(Fault.READ);
            return channel.read(dst, position);
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            check(Operation.WRITE);
            check(Fault.BACKUP_WRITE);
            check(Fault.TEMP_WRITE);
            return channel.write(src);
        }

        @Override
        public long write(ByteBuffer[] srcs, int offset, int length) throws IOException {
            check(Operation.WRITE);
            check(Fault.BACKUP_WRITE);
            check(Fault.TEMP_WRITE);
            return channel.write(srcs, offset, length);
        }

        @Override
        public int write(ByteBuffer src, long position) throws IOException {
            check(Operation.WRITE);
            check(Fault.BACKUP_WRITE);
            check(Fault.TEMP_WRITE);
            return channel.write(src, position);
        }

        @Override
        public void force(boolean metaData) throws IOException {
            check(Operation.FORCE);
            check(Fault.FSYNC);
            check(Fault.DIRECTORY_SYNC);
            check(Fault.BACKUP_DIRECTORY_SYNC);
            channel.force(metaData);
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) throws IOException {
            check(Operation.LOCK);
            check(Fault.LOCK);
            return channel.tryLock(position, size, shared);
        }

        @Override
        public FileLock lock(long position, long size, boolean shared) throws IOException {
            check(Operation.LOCK);
            check(Fault.LOCK);
            return channel.lock(position, size, shared);
        }

        @Override
        public long position() throws IOException {
            return channel.position();
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            channel.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            check(Operation.SIZE);
            return channel.size();
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            check(Operation.WRITE);
            channel.truncate(size);
            return this;
        }

        @Override
        public long transferTo(long position, long count, WritableByteChannel target) throws IOException {
            check(Operation.READ);
            return channel.transferTo(position, count, target);
        }

        @Override
        public long transferFrom(ReadableByteChannel src, long position, long count) throws IOException {
            check(Operation.WRITE);
            return channel.transferFrom(src, position, count);
        }

        @Override
        public MappedByteBuffer map(MapMode mode, long position, long size) throws IOException {
            return channel.map(mode, position, size);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            try {
                check(Operation.CLOSE);
            } finally {
                channel.close(); // a failed close (as NFS reports a lost write) still frees the descriptor
            }
        }
    }
}
