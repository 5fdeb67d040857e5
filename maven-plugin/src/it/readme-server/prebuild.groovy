import java.nio.file.*

// the README's example is this project's POM
def example = (new File(readme).text =~ /(?s)<!-- example: server [^>]*-->\s*```xml\r?\n(.*?)```/)[0][1]
Files.writeString(basedir.toPath().resolve('pom.xml'), example)

def conf = basedir.toPath().resolve('conf')
Files.createDirectories(conf)
Files.copy(Paths.get(itData, 'AADConnectProvisioningAgent.exe.config'), conf.resolve('AADConnectProvisioningAgent.exe.config'),
        StandardCopyOption.REPLACE_EXISTING)
basedir.toPath().resolve('machine-backups').toFile().deleteDir()
return true
