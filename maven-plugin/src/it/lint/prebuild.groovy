import java.nio.file.*

def conf = basedir.toPath().resolve('conf')
Files.createDirectories(conf)
Files.copy(Paths.get(itData, 'placeholders.config'), conf.resolve('placeholders.config'), StandardCopyOption.REPLACE_EXISTING)
return true
