package io.github.aadcfg.core.internal.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserDefinedFileAttributeView;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.aadcfg.core.Failures;
import io.github.aadcfg.core.report.AadcfgException.Category;
import io.github.aadcfg.core.report.AadcfgException;

import static io.github.aadcfg.core.internal.io.AccessTools.acl;
import static io.github.aadcfg.core.internal.io.AccessTools.nobodyCanRead;
import static io.github.aadcfg.core.internal.io.AccessTools.openToAll;
import static io.github.aadcfg.core.internal.io.AccessTools.setfacl;
import static io.github.aadcfg.core.internal.io.AccessTools.succeed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** How a new file gets the original's access: never readable by others meanwhile, and refused when it cannot. */
class FilePermissionsTest {
    private static final byte[] CONTENT = "<configuration />".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;
    Path original;

    @BeforeEach
    void original() throws IOException {
        openToAll(dir);
        original = Files.write(dir.resolve("app.config"), CONTENT);
    }

    @Test
    void aNewFileIsOwnerOnlyUntilItHasTheOriginalsAccessAndOnlyThenGetsItsContent() throws IOException {
        Files.setPosixFilePermissions(original, PosixFilePermissions.fromString("rw-r-----"));
        setfacl(dir, "-d", "-m", "u:nobody:r--"); // the new file inherits this; the original has no ACL
        FilePermissions access = FilePermissions.of(original);
        Path temp = dir.resolve("temp");
        List<String> whileEmpty = new ArrayList<>();

        DurableFiles.writeNew(temp, CONTENT, access, original, p -> {
            whileEmpty.add(String.format("%04o", (Integer) Files.getAttribute(p, "unix:mode") & 07777));
            whileEmpty.add(nobodyCanRead(p) ? "nobody can read" : "nobody cannot read");
            access.applyTo(p, original);
            whileEmpty.add(acl(p));
            whileEmpty.add(String.valueOf(Files.size(p)));
        });

        assertThat(whileEmpty).containsExactly("0600", "nobody cannot read", acl(original), "0");
        assertThat(Files.readAllBytes(temp)).isEqualTo(CONTENT);
        assertThat(nobodyCanRead(temp)).isFalse();
    }

    @Test
    void anAttributeThatCannotBeSetIsRefusedNamingItBeforeAnyContentIsWritten() throws IOException {
        Files.getFileAttributeView(original, UserDefinedFileAttributeView.class).write("origin",
                ByteBuffer.wrap(new byte[] {1, 2}));
        ExtendedAttributes real = ExtendedAttributes.forPlatform();
        ExtendedAttributes cannotSet = new ExtendedAttributes() {
            @Override
            public SortedMap<String, byte[]> read(Path path) throws IOException {
                return real.read(path);
            }

            @Override
            public void set(Path path, String name, byte[] value) throws IOException {
                throw new IOException("Operation not supported");
            }

            @Override
            public void remove(Path path, String name) throws IOException {
                real.remove(path, name);
            }
        };
        FilePermissions access = FilePermissions.of(original, original, cannotSet);
        Path temp = dir.resolve("temp");

        AadcfgException refused = Failures.thrown(Category.CANNOT_WRITE, () -> DurableFiles.writeNew(temp, CONTENT, access, original, p -> access.applyTo(p, original)));

        assertThat(refused.code()).isEqualTo("cannot-keep-access");
        assertThat(refused.getMessage()).contains("user.origin").contains("Operation not supported")
                .contains("nothing was changed");
        assertThat(Files.size(temp)).as("the content is never written").isZero();
    }

    @Test
    void withoutGroupAccessDoesToTheAclWhatChmodGMinusRwxDoes() throws IOException {
        setfacl(original, "-m", "u:nobody:r--,g::rw-");
        Path copy = Files.write(dir.resolve("copy"), CONTENT);
        ExtendedAttributes attributes = ExtendedAttributes.forPlatform();
        byte[] acl = attributes.read(original).get(PosixAcl.ACCESS_ATTRIBUTE);

        attributes.set(copy, PosixAcl.ACCESS_ATTRIBUTE, PosixAcl.withoutGroupAccess(acl));
        succeed("chmod", "g-rwx", original.toString());

        assertThat(acl(copy)).isEqualTo(acl(original)).contains("mask::---");
    }
}
