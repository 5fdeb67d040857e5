package io.github.aadcfg.cli.safety;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Many copies of the variants in one directory ({@code c0-<variant>}, {@code c1-<variant>}, ...), the
 * {@code --files-from} list naming them, and what each copy must hold before and after the edit.
 */
final class CopyBatch {
    private final Path directory;
    private final Path list;
    private final Variants variants;
    private final Map<Path, String> variantOf;

    private CopyBatch(Path directory, Path list, Variants variants, Map<Path, String> variantOf) {
        this.directory = directory;
        this.list = list;
        this.variants = variants;
        this.variantOf = variantOf;
    }

    /**
     * Writes {@code copies} copies of every variant into the new directory {@code directory}, and the list of
     * them beside it ({@code <directory>.list}), so that the directory holds nothing else.
     */
    static CopyBatch create(Path directory, Variants variants, int copies) {
        Map<Path, String> variantOf = new LinkedHashMap<>();
        try {
            Files.createDirectory(directory);
            for (int copy = 0; copy < copies; copy++) {
                for (String name : variants.names()) {
                    Path file = directory.resolve("c" + copy + "-" + name);
                    Files.write(file, variants.original().get(name));
                    variantOf.put(file, name);
                }
            }
            Path list = directory.resolveSibling(directory.getFileName() + ".list");
            Files.writeString(list, variantOf.keySet().stream().map(Path::toString)
                    .collect(Collectors.joining("\n", "", "\n")), StandardCharsets.UTF_8);
            return new CopyBatch(directory, list, variants, variantOf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The directory holding the copies. */
    Path directory() {
        return directory;
    }

    /** The {@code --files-from} list. */
    Path list() {
        return list;
    }

    /** The copies, in list order. */
    List<Path> files() {
        return new ArrayList<>(variantOf.keySet());
    }

    /** The bytes {@code file} had before any edit. */
    byte[] original(Path file) {
        return variants.original().get(variantOf.get(file));
    }

    /** The bytes {@code file} has after a complete edit. */
    byte[] patched(Path file) {
        return variants.patched().get(variantOf.get(file));
    }
}
