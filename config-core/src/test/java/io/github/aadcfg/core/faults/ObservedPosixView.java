package io.github.aadcfg.core.faults;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;
import java.util.Set;

/** The delegate provider's POSIX view of a file, each call shown to the {@link FaultyFileSystemProvider} first. */
final class ObservedPosixView implements PosixFileAttributeView {
    private final FaultyFileSystemProvider provider;
    private final PosixFileAttributeView view;
    private final Path real;

    ObservedPosixView(FaultyFileSystemProvider provider, PosixFileAttributeView view, Path real) {
        this.provider = provider;
        this.view = view;
        this.real = real;
    }

    @Override
    public String name() {
        return view.name();
    }

    @Override
    public PosixFileAttributes readAttributes() throws IOException {
        provider.call(Operation.STAT, real);
        return view.readAttributes();
    }

    @Override
    public void setPermissions(Set<PosixFilePermission> perms) throws IOException {
        provider.call(Operation.CHMOD, real);
        view.setPermissions(perms);
    }

    @Override
    public void setGroup(GroupPrincipal group) throws IOException {
        provider.call(Operation.CHGRP, real);
        view.setGroup(group);
    }

    @Override
    public UserPrincipal getOwner() throws IOException {
        provider.call(Operation.STAT, real);
        return view.getOwner();
    }

    @Override
    public void setOwner(UserPrincipal owner) throws IOException {
        provider.call(Operation.CHOWN, real);
        view.setOwner(owner);
    }

    @Override
    public void setTimes(FileTime lastModifiedTime, FileTime lastAccessTime, FileTime createTime) throws IOException {
        provider.call(Operation.SET_ATTRIBUTE, real);
        view.setTimes(lastModifiedTime, lastAccessTime, createTime);
    }
}
