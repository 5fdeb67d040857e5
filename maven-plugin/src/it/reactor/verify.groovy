import java.nio.file.*

def log = new File(basedir, 'build.log').text

assert log.contains('Using the MultiThreadedBuilder implementation with a thread count of 2')
['module-a', 'module-b'].each { module ->
    def conf = basedir.toPath().resolve(module).resolve('conf/AADConnectProvisioningAgent.exe.config')
    assert Arrays.equals(Files.readAllBytes(conf), Files.readAllBytes(Paths.get(itData, 'applied.config')))
    assert log.contains(module + '/conf/AADConnectProvisioningAgent.exe.config: changed, backup ')
    assert log.contains(module + '/conf/AADConnectProvisioningAgent.exe.config: in the declared state')
}
return true
