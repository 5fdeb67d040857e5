package io.github.aadcfg.core.faults;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/** The delegate provider's POSIX view of a file, each call shown to the {@link FaultyFileSystemProvider} first. */
final class ObservedPosixView extends ObservedOwnerView<PosixFileAttributeView> implements PosixFileAttributeView {
    ObservedPosixView(FaultyFileSystemProvider provider, PosixFileAttributeView view, Path real) {
        super(provider, view, real);
    }

    @Override
    public PosixFileAttributes readAttributes() throws IOException {
        observe(Operation.STAT);
        return view.readAttributes();
    }

    @Override
    public void setPermissions(Set<PosixFilePermission> perms) throws IOException {
        observe(Operation.CHMOD);
        view.setPermissions(perms);
    }

    @Override
    public void setGroup(GroupPrincipal group) throws IOException {
        observe(Operation.CHGRP);
        view.setGroup(group);
    }


    @Override
    public void setTimes(FileTime lastModifiedTime, FileTime lastAccessTime, FileTime createTime) throws IOException {
        observe(Operation.SET_ATTRIBUTE);
        view.setTimes(lastModifiedTime, lastAccessTime, createTime);
    }
}
