@echo off
rem Runs the aadcfg command: the shaded jar ..\target\aadcfg.jar beside this script, which is built with
rem Maven first if it is missing. Works from any directory. Uses %JAVA_HOME%\bin\java.exe when JAVA_HOME
rem is set, otherwise java from PATH.
setlocal
set "MODULE=%~dp0.."
set "JAR=%MODULE%\target\aadcfg.jar"
if not exist "%JAR%" (
  echo aadcfg: building %JAR% with Maven ^(first run only^)... 1>&2
  call mvn -B -q -f "%MODULE%\..\pom.xml" -pl cli-shim -am package -DskipTests 1>&2
  if errorlevel 1 (
    echo aadcfg: the build failed; run mvn -B -f "%MODULE%\..\pom.xml" -pl cli-shim -am package -DskipTests to see why 1>&2
    exit /b 70
  )
)
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java.exe"
rem AADCFG_JAVA_OPTS adds JVM options, e.g. -Xmx2g, as in bin/aadcfg. (bin/aadcfg also keeps a class-data
rem archive and uses short-run JIT settings; this script runs the JVM with its defaults.) This script maps no
rem class-data archive at all: an archive is code the JVM runs, and cmd cannot check robustly who owns a
rem file or may write it. Should it ever keep one, the rules of bin/aadcfg apply: under %LOCALAPPDATA%\aadcfg,
rem never a shared directory; used only when the directory (no reparse point) and the archive are owned by
rem the current user and no other account may write them; temporary names unpredictable.
"%JAVA%" %AADCFG_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
