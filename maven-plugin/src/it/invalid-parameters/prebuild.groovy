import java.nio.file.*

def conf = basedir.toPath().resolve('conf')
Files.createDirectories(conf)
Files.copy(Paths.get(itData, 'AADConnectProvisioningAgent.exe.config'), conf.resolve('AADConnectProvisioningAgent.exe.config'),
        StandardCopyOption.REPLACE_EXISTING)
return true
