import java.nio.file.*

def conf = basedir.toPath().resolve('conf/AADConnectProvisioningAgent.exe.config')
def log = new File(basedir, 'build.log').text

// the transforms give the same bytes as the typed edits
assert Arrays.equals(Files.readAllBytes(conf), Files.readAllBytes(Paths.get(testdata, 'expected', 'agent.proxy-and-tracing.config')))

// one backup, holding the original: the second build wrote nothing
def backups = Files.walk(basedir.toPath().resolve('target/aadcfg-backups')).withCloseable { s -> s.filter { Files.isRegularFile(it) }.toList() }
assert backups.size() == 1
assert Arrays.equals(Files.readAllBytes(backups[0]), Files.readAllBytes(Paths.get(testdata, 'agent', 'AADConnectProvisioningAgent.exe.config')))

assert log.count('AADConnectProvisioningAgent.exe.config: changed, backup ') == 1
assert log.count('AADConnectProvisioningAgent.exe.config: unchanged') == 1
// a transform that matches nothing is a warning, not a failure
assert log.contains("[WARNING]") && log.contains("No element in the source document matches '/configuration/system.web'")
return true
