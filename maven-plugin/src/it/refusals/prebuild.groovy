import java.nio.file.*

def conf = basedir.toPath().resolve('conf')
Files.createDirectories(conf)
// the guide's placeholders: a lint error that setting an appSetting does not remove
Files.copy(Paths.get(itData, 'placeholders.config'), conf.resolve('placeholders.config'), StandardCopyOption.REPLACE_EXISTING)
// one file with two names
Files.copy(Paths.get(itData, 'AADConnectProvisioningAgent.exe.config'), conf.resolve('linked.config'),
        StandardCopyOption.REPLACE_EXISTING)
Files.deleteIfExists(conf.resolve('other-name.config'))
Files.createLink(conf.resolve('other-name.config'), conf.resolve('linked.config'))
return true
