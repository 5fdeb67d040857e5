import java.nio.file.*

def conf = basedir.toPath().resolve('conf')
def xdt = basedir.toPath().resolve('xdt')
Files.createDirectories(conf)
Files.createDirectories(xdt)
def seed = Paths.get(testdata, 'xdt', 'seed')
Files.copy(Paths.get(testdata, 'agent', 'AADConnectProvisioningAgent.exe.config'),
        conf.resolve('AADConnectProvisioningAgent.exe.config'), StandardCopyOption.REPLACE_EXISTING)
Files.copy(seed.resolve('proxy.xdt.config'), xdt.resolve('proxy.xdt.config'), StandardCopyOption.REPLACE_EXISTING)
Files.copy(seed.resolve('diagnostics.xdt.config'), xdt.resolve('diagnostics.xdt.config'), StandardCopyOption.REPLACE_EXISTING)
Files.writeString(xdt.resolve('nothing.xdt.config'), '''<configuration xmlns:xdt="http://schemas.microsoft.com/XML-Document-Transform">
  <system.web xdt:Transform="Remove" />
</configuration>
''')
return true
