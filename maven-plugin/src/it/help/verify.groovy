def log = new File(basedir, 'build.log').text

// the build ran with the Maven this invoker execution is meant to use (-V prints it)
assert log =~ /(?m)Apache Maven ${java.util.regex.Pattern.quote(mavenVersion)}( |\r?$)/

['apply', 'check', 'help', 'lint', 'restore'].each { assert log.contains('\naadcfg:' + it) }
// every parameter is listed with its description, and with its user property where it has one
['files', 'fileSets', 'proxy', 'tracing', 'appSettings', 'enforceFipsPolicy', 'backupDirectory', 'keepBackups',
 'dryRun', 'skip', 'force', 'backup', 'restartService', 'restartTimeout'].each { assert log =~ /(?m)^    ${it}( \(Default: [^)]*\))?\r?\n      \S/ }
['files', 'enforceFipsPolicy', 'backupDirectory', 'keepBackups', 'dryRun', 'skip', 'force', 'backup', 'restartService',
 'restartTimeout'].each {
    assert log.contains('User property: aadcfg.' + it)
}
// the proxy's settings: what is kept, what only a created proxy gets, and enabled
assert log.replaceAll(/\s+/, ' ').contains('A setting not given leaves an existing attribute as it is; the documented '
        + 'default (true) applies only to what is created. Setting a proxy always makes enabled="true".')
return true
