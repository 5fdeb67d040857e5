package io.github.aadcfg.core.faults;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttributeView;

/**
 * A view of a file's attributes from the provider delegated to, each call shown to the
 * {@link FaultyFileSystemProvider} first ({@link #observe}), so that it can be recorded or failed.
 *
 * @param <V> the kind of view
 */
abstract class ObservedView<V extends FileAttributeView> implements FileAttributeView {
    /** The delegate provider's view. */
    final V view;
    private final FaultyFileSystemProvider provider;
    private final Path real;

    ObservedView(FaultyFileSystemProvider provider, V view, Path real) {
        this.provider = provider;
        this.view = view;
        this.real = real;
    }

    @Override
    public String name() {
        return view.name();
    }

    /** Shows {@code operation} on the file to the provider, which may fail it. */
    void observe(Operation operation) throws IOException {
        provider.call(operation, real);
    }
}
