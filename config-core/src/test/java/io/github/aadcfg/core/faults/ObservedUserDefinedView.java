package io.github.aadcfg.core.faults;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.nio.file.attribute.UserDefinedFileAttributeView;
import java.util.List;

import io.github.aadcfg.core.internal.io.ExtendedAttributes;

/**
 * The delegate provider's view of a file's user-defined extended attributes, each call shown to the
 * {@link FaultyFileSystemProvider} first: how aadcfg's attribute calls are seen and failed (see
 * {@code ExtendedAttributes.forPlatform(Path)}, which uses this view for paths of another provider).
 */
final class ObservedUserDefinedView extends ObservedView<UserDefinedFileAttributeView>
        implements UserDefinedFileAttributeView {
    ObservedUserDefinedView(FaultyFileSystemProvider provider, UserDefinedFileAttributeView view, Path real) {
        super(provider, view, real);
    }

    @Override
    public List<String> list() throws IOException {
        observe(Operation.XATTR_LIST);
        return view.list();
    }

    @Override
    public int size(String name) throws IOException {
        observe(Operation.XATTR_READ);
        return view.size(name);
    }

    @Override
    public int read(String name, ByteBuffer dst) throws IOException {
        observe(Operation.XATTR_READ);
        return view.read(name, dst);
    }

    @Override
    public int write(String name, ByteBuffer src) throws IOException {
        observe(Operation.XATTR_WRITE);
        return view.write(name, src);
    }

    @Override
    public void delete(String name) throws IOException {
        observe(Operation.XATTR_DELETE);
        view.delete(name);
    }
}
