import java.nio.file.*

def log = new File(basedir, 'build.log').text
def config = basedir.toPath().resolve('conf/AADConnectProvisioningAgent.exe.config')
def agent = 'AADConnectProvisioningAgent'

// 1: changed and restarted; 2: unchanged, left alone; 3: restored and restarted
assert log.count("[INFO] service ${agent}: restarted") == 2
assert log.count("[INFO] service ${agent}: not restarted, nothing changed") == 1
// 4: the service stopped again as it started: the file was put back, the service restarted again, the build failed
assert log.contains("the ${agent} service stopped again as it started, so the change was taken back: ${config} is " +
        'back as it was (restored from ')
assert log =~ /\[ERROR\] ${java.util.regex.Pattern.quote(config.toString())}: put back, restored from \S+; the change was backed up to \S+/
// no reminder to restart the agent: the goals did
assert !log.contains('Restart-Service')
// 5: the dry run only checked the service
assert log.contains(config.toString() + ': would change (dry run, nothing written)')

// the stand-in was started once by 1 and 3, and twice by 4 (with the change, then with the file put back); it was
// stopped before each of these starts but the last, when the failed start had left it stopped
def calls = Files.readAllLines(basedir.toPath().resolve('bin/log'))
assert calls.count { it.startsWith('start ') } == 4
assert calls.count { it.startsWith('stop ') } == 3
// 3 restored the original, and 4 put it back after its change
assert Arrays.equals(Files.readAllBytes(config), Files.readAllBytes(Paths.get(itData, 'AADConnectProvisioningAgent.exe.config')))
return true
