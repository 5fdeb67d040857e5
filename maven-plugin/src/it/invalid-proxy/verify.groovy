import java.nio.file.*

def log = new File(basedir, 'build.log').text

// a configuration error, naming the parameter and the problem
assert log =~ /Failed to execute goal .*:apply .*: proxy\.address: .*placeholder/
// nothing written
assert Arrays.equals(Files.readAllBytes(basedir.toPath().resolve('conf/AADConnectProvisioningAgent.exe.config')),
        Files.readAllBytes(Paths.get(itData, 'AADConnectProvisioningAgent.exe.config')))
assert !Files.exists(basedir.toPath().resolve('target/aadcfg-backups'))
return true
