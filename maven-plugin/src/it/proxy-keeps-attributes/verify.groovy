import java.nio.file.*

def conf = basedir.toPath().resolve('conf/AADConnectProvisioningAgent.exe.config')
def backups = Files.walk(basedir.toPath().resolve('target/aadcfg-backups')).withCloseable { s -> s.filter { Files.isRegularFile(it) }.toList() }
assert backups.size() == 1
def before = new String(Files.readAllBytes(backups[0]), 'ISO-8859-1')
assert before.contains('<proxy usesystemdefault="false" proxyaddress="http://proxy.contoso.com:3128"')

// only the address and enabled changed: usesystemdefault, not given, stays "false" (its default applies only to
// what is created), and setting a proxy enables it
def expected = before.replace('proxy.contoso.com:3128', 'proxy.contoso.com:8080')
        .replace('<defaultProxy enabled="false"', '<defaultProxy enabled="true"')
assert new String(Files.readAllBytes(conf), 'ISO-8859-1') == expected
return true
