import java.nio.file.*

def log = new File(basedir, 'build.log').text

// the guide's placeholders are an error finding, named with its file and line, and fail the build
assert log.contains('placeholders.config: line 46: error [placeholder]')
assert log.contains('1 lint error(s)')
// lint changes nothing
assert Arrays.equals(Files.readAllBytes(basedir.toPath().resolve('conf/placeholders.config')),
        Files.readAllBytes(Paths.get(itData, 'placeholders.config')))
return true
