package io.github.aadcfg.core.faults;

import java.nio.file.FileStore;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.WatchService;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.nio.file.spi.FileSystemProvider;
import java.util.List;
import java.util.Set;

/**
 * A file system (the default one, or another such as an in-memory one in Windows's configuration) seen through
 * {@link FaultyFileSystemProvider}, which fails one chosen step.
 */
final class FaultyFileSystem extends FileSystem {
    private final FileSystem delegate;
    private final FaultyFileSystemProvider provider;

    /** The default file system. */
    FaultyFileSystem() {
        this(FileSystems.getDefault());
    }

    /** {@code delegate}, whose paths {@link #wrap} takes. */
    FaultyFileSystem(FileSystem delegate) {
        this.delegate = delegate;
        this.provider = new FaultyFileSystemProvider(this, delegate.provider());
    }

    FaultyFileSystemProvider faults() {
        return provider;
    }

    /** A path of this file system for a path of the file system it delegates to. */
    Path wrap(Path path) {
        return new FaultyPath(this, path);
    }

    @Override
    public FileSystemProvider provider() {
        return provider;
    }

    @Override
    public void close() {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean isOpen() {
        return true;
    }

    @Override
    public boolean isReadOnly() {
        return false;
    }

    @Override
    public String getSeparator() {
        return delegate.getSeparator();
    }

    @Override
    public Iterable<Path> getRootDirectories() {
        return List.of(wrap(delegate.getRootDirectories().iterator().next()));
    }

    @Override
    public Iterable<FileStore> getFileStores() {
        return delegate.getFileStores();
    }

    @Override
    public Set<String> supportedFileAttributeViews() {
        return delegate.supportedFileAttributeViews();
    }

    @Override
    public Path getPath(String first, String... more) {
        return wrap(delegate.getPath(first, more));
    }

    @Override
    public PathMatcher getPathMatcher(String syntaxAndPattern) {
        return delegate.getPathMatcher(syntaxAndPattern);
    }

    @Override
    public UserPrincipalLookupService getUserPrincipalLookupService() {
        return delegate.getUserPrincipalLookupService();
    }

    @Override
    public WatchService newWatchService() {
        throw new UnsupportedOperationException();
    }
}
