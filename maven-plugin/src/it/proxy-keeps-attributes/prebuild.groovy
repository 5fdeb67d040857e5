import java.nio.file.*

// the applied file with its proxy on port 3128, disabled and not using the system's settings
def text = new String(Files.readAllBytes(Paths.get(itData, 'hand-edited.config')), 'ISO-8859-1')
def proxy = text.replace('<defaultProxy enabled="true"', '<defaultProxy enabled="false"')
        .replace('usesystemdefault="true"', 'usesystemdefault="false"')
assert proxy != text
def conf = basedir.toPath().resolve('conf')
Files.createDirectories(conf)
Files.write(conf.resolve('AADConnectProvisioningAgent.exe.config'), proxy.getBytes('ISO-8859-1'))
return true
