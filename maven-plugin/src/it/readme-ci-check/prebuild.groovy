import java.nio.file.*

// the README's plugin example goes into this project's POM
def example = (new File(readme).text =~ /(?s)<!-- example: ci-check [^>]*-->\s*```xml\r?\n(.*?)```/)[0][1]
def pom = basedir.toPath().resolve('pom.xml')
def template = Files.readString(pom)
assert template.contains('<!-- README example: ci-check -->')
Files.writeString(pom, template.replace('<!-- README example: ci-check -->', example))

def conf = basedir.toPath().resolve('conf')
Files.createDirectories(conf)
Files.copy(Paths.get(itData, 'AADConnectProvisioningAgent.exe.config'), conf.resolve('AADConnectProvisioningAgent.exe.config'),
        StandardCopyOption.REPLACE_EXISTING)
return true
