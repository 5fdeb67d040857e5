package io.github.aadcfg.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.github.aadcfg.core.agent.TypedEditsTest;
import io.github.aadcfg.core.report.AadcfgException;

/**
 * Writes the replayed fuzz seeds ({@code seed-*} in {@link #DIRECTORY}) from every file of the testdata:
 * each well-formed config (agent, variants, corpus) four times, with four different typed edits (those
 * that change the file first, so that the seed reaches every check), and once more mutated (a byte
 * flipped and a byte dropped); each bad and hostile file once. A seed is laid out as
 * {@link EditFuzzTest} consumes it: {@code FuzzedDataProvider} takes the edit index (one byte, as there are
 * fewer than 256 edits) from the very end, then the force flag (one byte), and the rest is the file.
 * The seeds are chosen by the file's position, so the output is the same on every run.
 *
 * <p>Run from {@code config-core} after changing the testdata or the edits, then commit the directory:
 * {@code mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt && java -cp
 * "target/test-classes:target/classes:$(cat target/cp.txt)" io.github.aadcfg.core.EditFuzzSeeds}
 */
final class EditFuzzSeeds {
    static final Path DIRECTORY = Path.of("src/test/resources/io/github/aadcfg/core/EditFuzzTestInputs"
            + "/editsAreSafeOnAnyInput");
    private static final int EDITS_PER_FILE = 4;

    private EditFuzzSeeds() {
    }

    public static void main(String[] args) throws IOException {
        int edits = TypedEditsTest.cases().size();
        try (Stream<Path> old = Files.list(DIRECTORY)) {
            for (Path seed : old.filter(p -> p.getFileName().toString().startsWith("seed-")).toList()) {
                Files.delete(seed);
            }
        }
        List<Path> wellFormed = Testdata.wellFormed();
        int written = 0;
        for (int i = 0; i < wellFormed.size(); i++) {
            Path file = wellFormed.get(i);
            byte[] bytes = Testdata.read(file);
            List<Integer> chosen = editsChangingFirst(file, bytes, i);
            for (int k = 0; k < EDITS_PER_FILE; k++) {
                int edit = chosen.get(k);
                write(file, "edit" + edit, seed(bytes, k != 0, edit));
                written++;
            }
            write(file, "mutated", seed(mutated(bytes, i), true, chosen.get(0)));
            written++;
        }
        for (Path file : hostile()) {
            write(file, "hostile", seed(Testdata.read(file), true, written % edits));
            written++;
        }
        System.out.println(written + " seeds written to " + DIRECTORY);
    }

    /** Every edit index, starting at one that depends on the file's position, those that change the file first. */
    private static List<Integer> editsChangingFirst(Path file, byte[] bytes, int position) {
        List<TypedEditsTest.Case> cases = TypedEditsTest.cases();
        List<Integer> changing = new ArrayList<>();
        List<Integer> others = new ArrayList<>();
        for (int k = 0; k < cases.size(); k++) {
            int edit = (position + k * 3) % cases.size();
            (changes(file, bytes, cases.get(edit)) ? changing : others).add(edit);
        }
        changing.addAll(others);
        return changing;
    }

    private static boolean changes(Path file, byte[] bytes, TypedEditsTest.Case edit) {
        try {
            return Testdata.plan(file, bytes, List.of(edit.edit()), true).changed();
        } catch (AadcfgException refused) {
            return false;
        }
    }

    /** The file, then the force flag, then the edit index: the provider reads from the end. */
    static byte[] seed(byte[] file, boolean force, int edit) {
        byte[] seed = new byte[file.length + 2];
        System.arraycopy(file, 0, seed, 0, file.length);
        seed[file.length] = (byte) (force ? 1 : 0);
        seed[file.length + 1] = (byte) edit;
        return seed;
    }

    /** One byte near the middle flipped in its lowest bit, and one byte near the end dropped. */
    private static byte[] mutated(byte[] bytes, int salt) {
        if (bytes.length < 4) {
            return bytes;
        }
        byte[] copy = bytes.clone();
        int flip = (bytes.length / 2 + salt * 7) % bytes.length;
        copy[flip] ^= 1;
        int drop = bytes.length - 1 - (salt % Math.max(1, bytes.length / 10));
        byte[] out = new byte[copy.length - 1];
        System.arraycopy(copy, 0, out, 0, drop);
        System.arraycopy(copy, drop + 1, out, drop, copy.length - drop - 1);
        return out;
    }

    private static List<Path> hostile() {
        List<Path> files = new ArrayList<>(Testdata.files("bad"));
        files.addAll(Testdata.files("hostile"));
        return files;
    }

    private static void write(Path file, String what, byte[] seed) throws IOException {
        String dir = file.getParent().getFileName().toString();
        String name = file.getFileName().toString().replaceFirst("\\.config$", "");
        Files.write(DIRECTORY.resolve("seed-" + dir + "-" + name + "-" + what), seed);
    }
}
