import java.nio.file.*

def log = new File(basedir, 'build.log').text
def backups = Files.walk(basedir.toPath().resolve('target/aadcfg-backups')).withCloseable { s -> s.filter { Files.isRegularFile(it) }.sorted().toList() }

// the original bytes are back
assert Arrays.equals(Files.readAllBytes(basedir.toPath().resolve('conf/AADConnectProvisioningAgent.exe.config')),
        Files.readAllBytes(Paths.get(itData, 'AADConnectProvisioningAgent.exe.config')))
// two backups: the original (taken by apply) and the applied state (taken by restore, so restore can be undone)
assert backups.size() == 2
assert Arrays.equals(Files.readAllBytes(backups[1]), Files.readAllBytes(Paths.get(itData, 'applied.config')))

// the dry run showed the change, the restore named the backup it restored and the one it took
def file = 'AADConnectProvisioningAgent.exe.config: '
assert log.contains(file + 'would be restored from ' + backups[0] + ' (dry run, nothing written)')
assert log.contains('-    <system.net>')
assert log.contains(file + 'restored from ' + backups[0] + '; the replaced content was backed up to ' + backups[1])
return true
