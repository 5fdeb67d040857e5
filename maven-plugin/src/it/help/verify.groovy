def log = new File(basedir, 'build.log').text

// the build ran with the Maven this invoker execution is meant to use (-V prints it)
assert log =~ /(?m)Apache Maven ${java.util.regex.Pattern.quote(mavenVersion)}( |\r?$)/

['apply', 'check', 'help', 'lint', 'restore'].each { assert log.contains('\naadcfg:' + it) }
// every parameter is listed with its description, and with its user property where it has one
['files', 'fileSets', 'proxy', 'tracing', 'appSettings', 'enforceFipsPolicy', 'backupDirectory', 'keepBackups',
 'dryRun', 'skip', 'force', 'backup'].each { assert log =~ /(?m)^    ${it}( \(Default: [^)]*\))?\r?\n      \S/ }
['files', 'enforceFipsPolicy', 'backupDirectory', 'keepBackups', 'dryRun', 'skip', 'force', 'backup'].each {
    assert log.contains('User property: aadcfg.' + it)
}
return true
