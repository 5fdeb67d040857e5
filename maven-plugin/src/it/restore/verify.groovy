import java.nio.file.*

def log = new File(basedir, 'build.log').text
def backups = Files.walk(basedir.toPath().resolve('target/aadcfg-backups')).withCloseable { s -> s.filter { Files.isRegularFile(it) }.sorted().toList() }
def config = basedir.toPath().resolve('conf/AADConnectProvisioningAgent.exe.config')
def original = Files.readAllBytes(Paths.get(itData, 'AADConnectProvisioningAgent.exe.config'))
def applied = Files.readAllBytes(Paths.get(itData, 'applied.config'))

// three backups, in the order made: the original (taken by apply), the applied state (taken by the restore),
// the original again (taken by the undo); the second restore changed nothing and took none
assert backups.size() == 3
assert backups*.fileName*.toString().collect { it.split('\\.')[3..4].join('.') } ==
        ['000001.original', '000002.pre-restore', '000003.pre-restore']
assert Arrays.equals(Files.readAllBytes(backups[0]), original)
assert Arrays.equals(Files.readAllBytes(backups[1]), applied)
assert Arrays.equals(Files.readAllBytes(backups[2]), original)
// the undo put the applied state back
assert Arrays.equals(Files.readAllBytes(config), applied)

// the dry run showed the change, the restore named the backup it restored and the one it took
def file = 'AADConnectProvisioningAgent.exe.config: '
assert log.contains(file + 'would be restored from ' + backups[0] + ' (dry run, nothing written)')
assert log.contains('-    <system.net>')
assert log.contains(file + 'restored from ' + backups[0] + '; the replaced content was backed up to ' + backups[1])
assert log.contains(file + 'unchanged, it already equals ' + backups[0])
assert log.contains(file + 'restored from ' + backups[1] + '; the replaced content was backed up to ' + backups[2])
return true
