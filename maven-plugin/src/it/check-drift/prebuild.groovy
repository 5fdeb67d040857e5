import java.nio.file.*

// the file as apply left it, then edited by hand
def conf = basedir.toPath().resolve('conf')
Files.createDirectories(conf)
Files.copy(Paths.get(itData, 'hand-edited.config'), conf.resolve('AADConnectProvisioningAgent.exe.config'),
        StandardCopyOption.REPLACE_EXISTING)
return true
