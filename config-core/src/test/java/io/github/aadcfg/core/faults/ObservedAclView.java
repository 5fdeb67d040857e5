package io.github.aadcfg.core.faults;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclFileAttributeView;
import java.util.List;

/** The delegate provider's ACL view of a file (Windows), each call shown to the {@link FaultyFileSystemProvider} first. */
final class ObservedAclView extends ObservedOwnerView<AclFileAttributeView> implements AclFileAttributeView {
    ObservedAclView(FaultyFileSystemProvider provider, AclFileAttributeView view, Path real) {
        super(provider, view, real);
    }

    @Override
    public List<AclEntry> getAcl() throws IOException {
        observe(Operation.STAT);
        return view.getAcl();
    }

    @Override
    public void setAcl(List<AclEntry> acl) throws IOException {
        observe(Operation.CHMOD);
        view.setAcl(acl);
    }
}
