import java.nio.file.*

def log = new File(basedir, 'build.log').text
def conf = basedir.toPath().resolve('conf')
def original = Files.readAllBytes(Paths.get(itData, 'AADConnectProvisioningAgent.exe.config'))
def force = '; to force it with this plugin, set <force>true</force> or -Daadcfg.force=true'

// each refusal says what is wrong and names the override
assert log =~ /Failed to execute goal .*:apply .*placeholders\.config:46: the file has lint errors, .*${java.util.regex.Pattern.quote(force)}/
assert log =~ /Failed to execute goal .*:apply .*linked\.config: the file has 2 names \(hard links\).*${java.util.regex.Pattern.quote(force)}/
assert Arrays.equals(Files.readAllBytes(conf.resolve('placeholders.config')), Files.readAllBytes(Paths.get(itData, 'placeholders.config')))

// forced, the link is split: the edited name has the appSetting, the other name keeps the old content
assert log.contains('linked.config: changed, backup ')
assert new String(Files.readAllBytes(conf.resolve('linked.config')), 'UTF-8').contains('<add key="ServiceBusConnectionMode" value="WebSocket" />')
assert Arrays.equals(Files.readAllBytes(conf.resolve('other-name.config')), original)
return true
