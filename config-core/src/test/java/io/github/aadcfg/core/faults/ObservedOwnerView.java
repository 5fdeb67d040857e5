package io.github.aadcfg.core.faults;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.attribute.FileOwnerAttributeView;
import java.nio.file.attribute.UserPrincipal;

/**
 * An {@link ObservedView} of a view that has the file's owner (POSIX, ACL): reading it is a stat, setting it a chown.
 *
 * @param <V> the kind of view
 */
abstract class ObservedOwnerView<V extends FileOwnerAttributeView> extends ObservedView<V>
        implements FileOwnerAttributeView {
    ObservedOwnerView(FaultyFileSystemProvider provider, V view, Path real) {
        super(provider, view, real);
    }

    @Override
    public UserPrincipal getOwner() throws IOException {
        observe(Operation.STAT);
        return view.getOwner();
    }

    @Override
    public void setOwner(UserPrincipal owner) throws IOException {
        observe(Operation.CHOWN);
        view.setOwner(owner);
    }
}
