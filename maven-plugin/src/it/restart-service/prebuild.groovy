import java.nio.file.*
import java.nio.file.attribute.PosixFilePermissions

def conf = basedir.toPath().resolve('conf')
Files.createDirectories(conf)
def config = conf.resolve('AADConnectProvisioningAgent.exe.config')
Files.copy(Paths.get(itData, 'AADConnectProvisioningAgent.exe.config'), config, StandardCopyOption.REPLACE_EXISTING)

// the stand-in for sc.exe, whose service cannot start with the FIPS policy enforced
def bin = basedir.toPath().resolve('bin')
bin.toFile().deleteDir()
Files.createDirectories(bin)
Files.copy(Paths.get(testdata, 'service', 'sc.exe'), bin.resolve('sc.exe'))
Files.setPosixFilePermissions(bin.resolve('sc.exe'), PosixFilePermissions.fromString('rwx------'))
Files.writeString(bin.resolve('config'), config.toString() + '\n')
Files.writeString(bin.resolve('fails-on'), 'enforceFIPSPolicy enabled="true"\n')
return true
