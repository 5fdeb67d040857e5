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
final class ObservedUserDefinedView implements UserDefinedFileAttributeView {
    private final FaultyFileSystemProvider provider;
    private final UserDefinedFileAttributeView view;
    private final Path real;

    ObservedUserDefinedView(FaultyFileSystemProvider provider, UserDefinedFileAttributeView view, Path real) {
        this.provider = provider;
        this.view = view;
        this.real = real;
    }

    @Override
    public String name() {
        return view.name();
    }

    @Override
    public List<String> list() throws IOException {
        provider.call(Operation.XATTR_LIST, real);
        return view.list();
    }

    @Override
    public int size(String name) throws IOException {
        provider.call(Operation.XATTR_READ, real);
        return view.size(name);
    }

    @Override
    public int read(String name, ByteBuffer dst) throws IOException {
        provider.call(Operation.XATTR_READ, real);
        return view.read(name, dst);
    }

    @Override
    public int write(String name, ByteBuffer src) throws IOException {
        provider.call(Operation.XATTR_WRITE, real);
        return view.write(name, src);
    }

    @Override
    public void delete(String name) throws IOException {
        provider.call(Operation.XATTR_DELETE, real);
        view.delete(name);
    }
}
