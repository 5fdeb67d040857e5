package io.github.aadcfg.core.internal.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserDefinedFileAttributeView;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The user-defined attributes Java can see, where the platform has no fuller view: NTFS alternate data streams
 * on Windows, user attributes on macOS and BSD. A file system without them has none to carry.
 */
final class UserDefinedAttributes implements ExtendedAttributes {
    @Override
    public SortedMap<String, byte[]> read(Path path) throws IOException {
        SortedMap<String, byte[]> attributes = new TreeMap<>();
        UserDefinedFileAttributeView view = Files.getFileAttributeView(path, UserDefinedFileAttributeView.class);
        if (view == null) {
            return attributes;
        }
        for (String name : view.list()) {
            ByteBuffer value = ByteBuffer.allocate(view.size(name));
            view.read(name, value);
            attributes.put(name, value.array());
        }
        return attributes;
    }

    @Override
    public void set(Path path, String name, byte[] value) throws IOException {
        Files.getFileAttributeView(path, UserDefinedFileAttributeView.class).write(name, ByteBuffer.wrap(value));
    }

    @Override
    public void remove(Path path, String name) throws IOException {
        Files.getFileAttributeView(path, UserDefinedFileAttributeView.class).delete(name);
    }
}
