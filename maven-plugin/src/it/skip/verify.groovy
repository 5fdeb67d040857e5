import java.nio.file.*

def log = new File(basedir, 'build.log').text

assert log.contains('Skipping: aadcfg.skip is true')
assert Arrays.equals(Files.readAllBytes(basedir.toPath().resolve('conf/AADConnectProvisioningAgent.exe.config')),
        Files.readAllBytes(Paths.get(itData, 'AADConnectProvisioningAgent.exe.config')))
assert !Files.exists(basedir.toPath().resolve('target/aadcfg-backups'))
return true
