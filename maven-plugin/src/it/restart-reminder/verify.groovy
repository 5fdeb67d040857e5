import java.util.regex.Pattern

def log = new File(basedir, 'build.log').text
def agentConfig = new File(basedir, 'conf/AADConnectProvisioningAgent.exe.config').toPath()
def reminder = '[WARNING] ' + agentConfig + ': the agent reads AADConnectProvisioningAgent.exe.config only when it ' +
        'starts: restart the AADConnectProvisioningAgent service for the change to take effect ' +
        '(PowerShell: Restart-Service AADConnectProvisioningAgent)'

// two reminders in all, each right after the change it is about
assert log.count('restart the AADConnectProvisioningAgent service') == 2
assert log =~ /${Pattern.quote(agentConfig.toString() + ': changed, backup ')}\S+\r?\n${Pattern.quote(reminder)}\r?\n/
assert log =~ /${Pattern.quote(agentConfig.toString() + ': restored from ')}\S+; the replaced content was backed up to \S+\r?\n${Pattern.quote(reminder)}\r?\n/
// the other config was changed and restored too, without a reminder; the dry runs, check and the unchanged run gave none
assert log.count('Other.exe.config: changed, backup ') == 1
assert log.count('Other.exe.config: restored from ') == 1
assert log.count(agentConfig.toString() + ': would change (dry run, nothing written)') == 1
assert log.count(agentConfig.toString() + ': in the declared state') == 1
assert log.count(agentConfig.toString() + ': unchanged') == 1
return true
