import java.nio.file.*

def data = Paths.get(itData)
def conf = basedir.toPath().resolve('conf/AADConnectProvisioningAgent.exe.config')
def log = new File(basedir, 'build.log').text

// the declared state, byte for byte
assert Arrays.equals(Files.readAllBytes(conf), Files.readAllBytes(data.resolve('applied.config')))

// one backup, holding the original: the second build wrote nothing
def backups = Files.walk(basedir.toPath().resolve('target/aadcfg-backups')).withCloseable { s -> s.filter { Files.isRegularFile(it) }.toList() }
assert backups.size() == 1
assert Arrays.equals(Files.readAllBytes(backups[0]), Files.readAllBytes(data.resolve('AADConnectProvisioningAgent.exe.config')))

// first build: changed, naming the backup; second: unchanged; check passes after apply in both
assert log.count('AADConnectProvisioningAgent.exe.config: changed, backup ') == 1
assert log.contains(backups[0].fileName.toString())
assert log.count('AADConnectProvisioningAgent.exe.config: unchanged') == 1
assert log.count('AADConnectProvisioningAgent.exe.config: in the declared state') == 2
return true
