import java.nio.file.*

def log = new File(basedir, 'build.log').text
def base = basedir.toPath()
def config = base.resolve('conf/AADConnectProvisioningAgent.exe.config')
def original = Files.readAllBytes(Paths.get(itData, 'AADConnectProvisioningAgent.exe.config'))
def all = { Path dir -> Files.walk(dir).withCloseable { s -> s.filter { Files.isRegularFile(it) }.sorted().toList() } }

// both runs used the machine-wide directory: apply backed up the original, restore the applied state
def backups = all(base.resolve('machine-backups'))
assert backups*.fileName*.toString().collect { it.split('\\.')[3..4].join('.') } == ['000001.original', '000002.pre-restore']
assert backups.every { it.startsWith(base.resolve('machine-backups').resolve(config.root.relativize(config).parent)) }
assert Arrays.equals(Files.readAllBytes(backups[0]), original)
def applied = new String(Files.readAllBytes(backups[1]), 'UTF-8')
assert applied.contains('proxyaddress="http://proxy.contoso.com:8080"')
assert applied.contains('<add key="ServiceBusConnectionMode" value="WebSocket" />')
assert log.contains(config.toString() + ': changed, backup ' + backups[0])
assert log.contains(config.toString() + ': restored from ' + backups[0] + '; the replaced content was backed up to ' + backups[1])

// the restore undid the apply; no backup anywhere else, none under target/
assert Arrays.equals(Files.readAllBytes(config), original)
assert all(base).findAll { it.fileName.toString().endsWith('.bak') } == backups
// the agent must restart after each change
assert log.count('restart the AADConnectProvisioningAgent service') == 2
return true
