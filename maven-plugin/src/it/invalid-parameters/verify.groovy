import java.nio.file.*

def log = new File(basedir, 'build.log').text

// each build failed naming the parameter and the value
assert log =~ /Failed to execute goal .*:apply .*: tracing\.verbose: must be true or false, was "on"/
assert log =~ /Failed to execute goal .*:apply .*: skip: must be true or false, was "yes"/
assert log =~ /Failed to execute goal .*:apply .*parameter keepBackups: Cannot convert 'ten' to int/
// nothing written: the file is byte-identical, no backup anywhere
assert Arrays.equals(Files.readAllBytes(basedir.toPath().resolve('conf/AADConnectProvisioningAgent.exe.config')),
        Files.readAllBytes(Paths.get(itData, 'AADConnectProvisioningAgent.exe.config')))
assert basedir.toPath().resolve('conf').toFile().list() as List == ['AADConnectProvisioningAgent.exe.config']
assert !Files.exists(basedir.toPath().resolve('target/aadcfg-backups'))
return true
