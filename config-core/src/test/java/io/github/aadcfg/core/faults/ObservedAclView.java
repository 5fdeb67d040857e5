package io.github.aadcfg.core.faults;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.UserPrincipal;
import java.util.List;

/** The delegate provider's ACL view of a file (Windows), each call shown to the {@link FaultyFileSystemProvider} first. */
final class ObservedAclView implements AclFileAttributeView {
    private final FaultyFileSystemProvider provider;
    private final AclFileAttributeView view;
    private final Path real;

    ObservedAclView(FaultyFileSystemProvider provider, AclFileAttributeView view, Path real) {
        this.provider = provider;
        this.view = view;
        this.real = real;
    }

    @Override
    public String name() {
        return view.name();
    }

    @Override
    public List<AclEntry> getAcl() throws IOException {
        provider.call(Operation.STAT, real);
        return view.getAcl();
    }

    @Override
    public void setAcl(List<AclEntry> acl) throws IOException {
        provider.call(Operation.CHMOD, real);
        view.setAcl(acl);
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
}
