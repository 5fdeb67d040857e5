import java.nio.file.*

def conf = basedir.toPath().resolve('conf')
Files.createDirectories(conf)
['AADConnectProvisioningAgent.exe.config', 'Other.exe.config'].each {
    Files.copy(Paths.get(itData, 'AADConnectProvisioningAgent.exe.config'), conf.resolve(it), StandardCopyOption.REPLACE_EXISTING)
}
return true
