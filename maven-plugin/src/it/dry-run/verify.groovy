import java.nio.file.*

def log = new File(basedir, 'build.log').text

assert log.contains('AADConnectProvisioningAgent.exe.config: would change (dry run, nothing written)')
assert log.contains('+        <defaultProxy enabled="true" useDefaultCredentials="true">')
// byte-identical, no backup
assert Arrays.equals(Files.readAllBytes(basedir.toPath().resolve('conf/AADConnectProvisioningAgent.exe.config')),
        Files.readAllBytes(Paths.get(itData, 'AADConnectProvisioningAgent.exe.config')))
assert !Files.exists(basedir.toPath().resolve('target/aadcfg-backups'))
return true
