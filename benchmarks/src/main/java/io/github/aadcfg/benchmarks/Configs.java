package io.github.aadcfg.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Deterministic generated configs: the agent sample grown with a large appSettings and extra sections. */
public final class Configs {
    private Configs() {
    }

    /**
     * The agent sample (UTF-8 with BOM, CRLF, 4 spaces) grown to at least {@code targetBytes}: about 85% of
     * the growth as appSettings entries, the rest as binding redirects and a custom section with comments.
     */
    public static byte[] large(byte[] sample, long targetBytes) {
        String text = new String(sample, StandardCharsets.UTF_8);
        String nl = "\r\n";
        long grow = Math.max(0, targetBytes - sample.length);
        StringBuilder settings = new StringBuilder();
        int i = 0;
        while (settings.length() < grow * 85 / 100) {
            settings.append("        <add key=\"Setting").append(i).append(".Name\" value=\"value-").append(i)
                    .append("-").append(Integer.toHexString(i * 2654435761L > 0 ? (int) (i * 2654435761L) : i))
                    .append("\" />").append(nl);
            i++;
        }
        StringBuilder bindings = new StringBuilder();
        StringBuilder custom = new StringBuilder();
        int j = 0;
        while (settings.length() + bindings.length() + custom.length() < grow) {
            bindings.append("            <dependentAssembly>").append(nl)
                    .append("                <assemblyIdentity name=\"Contoso.Library").append(j)
                    .append("\" publicKeyToken=\"30ad4fe6b75a1d8f\" culture=\"neutral\" />").append(nl)
                    .append("                <bindingRedirect oldVersion=\"0.0.0.0-").append(j % 20)
                    .append(".0.0.0\" newVersion=\"").append(j % 20).append(".0.0.0\" />").append(nl)
                    .append("            </dependentAssembly>").append(nl);
            custom.append("        <!-- endpoint ").append(j).append(" -->").append(nl)
                    .append("        <endpoint name=\"ep").append(j).append("\" address=\"https://svc")
                    .append(j).append(".contoso.com/api\" timeout=\"00:01:00\" />").append(nl);
            j++;
        }
        text = text.replace("    </appSettings>", settings + "    </appSettings>");
        text = text.replace("        </assemblyBinding>", bindings + "        </assemblyBinding>");
        text = text.replace("</configuration>", "    <contoso.endpoints>" + nl + custom + "    </contoso.endpoints>"
                + nl + "</configuration>");
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** {@code generate-large BYTES OUT}: writes a config of at least BYTES bytes (sample from -Dsample). */
    public static void main(String[] args) throws IOException {
        Path sample = Path.of(System.getProperty("sample", "testdata/agent/AADConnectProvisioningAgent.exe.config"));
        long size = parseSize(args[0]);
        Files.write(Path.of(args[1]), large(Files.readAllBytes(sample), size));
    }

    static long parseSize(String s) {
        String u = s.toUpperCase();
        if (u.endsWith("MIB") || u.endsWith("M")) {
            return Long.parseLong(u.replaceAll("[^0-9]", "")) * 1024 * 1024;
        }
        if (u.endsWith("KIB") || u.endsWith("K")) {
            return Long.parseLong(u.replaceAll("[^0-9]", "")) * 1024;
        }
        return Long.parseLong(u);
    }
}
