import java.nio.file.*

def log = new File(basedir, 'build.log').text
def file = 'AADConnectProvisioningAgent.exe.config: '

// verify failed on the drift, apply fixed it, verify passed
assert log.contains('aadcfg check failed for 1 problem(s)')
assert log.contains(file + 'not in the declared state:')
assert log.count(file + 'changed, backup ') == 1
assert log.count(file + 'in the declared state') == 1
assert Arrays.equals(Files.readAllBytes(basedir.toPath().resolve('conf/AADConnectProvisioningAgent.exe.config')),
        Files.readAllBytes(Paths.get(itData, 'applied.config')))
return true
