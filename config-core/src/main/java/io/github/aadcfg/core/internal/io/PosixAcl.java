package io.github.aadcfg.core.internal.io;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The value of Linux's {@code system.posix_acl_access} attribute: a little-endian version word, then entries
 * of tag (16 bits), permissions (16 bits) and id (32 bits).
 */
final class PosixAcl {
    /** The attribute holding a file's POSIX ACL. */
    static final String ACCESS_ATTRIBUTE = "system.posix_acl_access";
    private static final int HEADER = 4;
    private static final int ENTRY = 8;
    private static final short GROUP_OBJ = 0x04;
    private static final short MASK = 0x10;

    private PosixAcl() {
    }

    /**
     * The ACL with nothing granted through groups or named entries: the mask cleared (it bounds the owning
     * group and every named user and group), or the owning group's entry where there is no mask. What
     * {@code chmod g-rwx} does to a file with an ACL.
     */
    static byte[] withoutGroupAccess(byte[] value) {
        ByteBuffer acl = ByteBuffer.wrap(value.clone()).order(ByteOrder.LITTLE_ENDIAN);
        int clear = entryOf(acl, MASK);
        if (clear < 0) {
            clear = entryOf(acl, GROUP_OBJ);
        }
        if (clear >= 0) {
            acl.putShort(clear + 2, (short) 0);
        }
        return acl.array();
    }

    private static int entryOf(ByteBuffer acl, short tag) {
        for (int at = HEADER; at + ENTRY <= acl.limit(); at += ENTRY) {
            if (acl.getShort(at) == tag) {
                return at;
            }
        }
        return -1;
    }
}
