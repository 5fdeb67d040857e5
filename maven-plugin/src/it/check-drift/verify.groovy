import java.nio.file.*

def log = new File(basedir, 'build.log').text

// the failure lists the file and the unified diff that apply would make
assert log.contains('aadcfg check failed for 1 problem(s)')
assert log.contains('AADConnectProvisioningAgent.exe.config: not in the declared state:')
assert log.contains('-            <proxy usesystemdefault="true" proxyaddress="http://proxy.contoso.com:3128" bypassonlocal="true" />')
assert log.contains('+            <proxy usesystemdefault="true" proxyaddress="http://proxy.contoso.com:8080" bypassonlocal="true" />')
// check changes nothing and makes no backup
assert Arrays.equals(Files.readAllBytes(basedir.toPath().resolve('conf/AADConnectProvisioningAgent.exe.config')),
        Files.readAllBytes(Paths.get(itData, 'hand-edited.config')))
assert !Files.exists(basedir.toPath().resolve('target/aadcfg-backups'))
return true
