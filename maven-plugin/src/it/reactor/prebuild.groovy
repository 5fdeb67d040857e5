import java.nio.file.*

['module-a', 'module-b'].each { module ->
    def conf = basedir.toPath().resolve(module).resolve('conf')
    Files.createDirectories(conf)
    Files.copy(Paths.get(itData, 'AADConnectProvisioningAgent.exe.config'), conf.resolve('AADConnectProvisioningAgent.exe.config'),
            StandardCopyOption.REPLACE_EXISTING)
}
return true
