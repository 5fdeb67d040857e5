@echo off
rem Runs the aadcfg command: the shaded jar ..\target\aadcfg.jar beside this script, which is built with
rem Maven first if it is missing. Works from any directory. Uses %JAVA_HOME%\bin\java.exe when JAVA_HOME
rem is set, otherwise java from PATH. The JVM gets the options bin/aadcfg gives it, in the same order
rem (LaunchersAgreeTest checks it); bin/aadcfg says why each one helps.
setlocal EnableExtensions DisableDelayedExpansion
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

rem Short runs (not a batch: no --files-from, no --jobs, at most 16 arguments) get the serial collector and
rem no perf-data file, as in bin/aadcfg. (cmd also splits arguments at = , and ;, so here --enforce=false
rem counts as two.)
set "SHORT=yes"
set "ARGC=0"
call :scan %*
if %ARGC% GTR 16 set "SHORT="

rem Faster start, 1: the class-data archive of bin/aadcfg, made the same way (a training run, then
rem -Xshare:dump) and named after the jar's size and time and java.exe's. An archive is code the JVM runs, so it
rem is trusted only from a private cache: %AADCFG_CACHE_DIR%, else %LOCALAPPDATA%\aadcfg (none without either:
rem no shared fallback such as %TEMP%). A cache created here is made private at once: inherited entries removed,
rem full control to the current user alone, which the archive and the .failed marker inherit. The cache, the
rem archive and the marker are used only when they are no reparse point (a link or junction), are owned by the
rem current user (dir /q) and their ACL has entries for no account but the user, SYSTEM and Administrators
rem (icacls); otherwise aadcfg runs without an archive (AADCFG_DEBUG=1 says why on standard error).
rem AADCFG_CDS=0 turns this off.
set "ARCHIVE="
if "%AADCFG_CDS%"=="0" goto :options
set "ME="
for /f "tokens=1,2 delims=," %%a in ('whoami /user /fo csv /nh 2^>nul') do (
  set "ME=%%~a"
  set "SID=%%~b"
)
if not defined ME (
  call :no_archive "cannot tell who the current user is (whoami)"
  goto :options
)
set "CACHE=%AADCFG_CACHE_DIR%"
if not defined CACHE if defined LOCALAPPDATA set "CACHE=%LOCALAPPDATA%\aadcfg"
if not defined CACHE (
  call :no_archive "neither AADCFG_CACHE_DIR nor LOCALAPPDATA is set"
  goto :options
)
for %%C in ("%CACHE%") do set "CACHE=%%~fC"
:trim
if "%CACHE:~-1%"=="\" (
  set "CACHE=%CACHE:~0,-1%"
  goto :trim
)
if exist "%CACHE%\" goto :cache_exists
mkdir "%CACHE%" 2>nul || (
  call :no_archive "cannot create %CACHE%"
  goto :options
)
icacls "%CACHE%" /inheritance:r /grant:r "*%SID%:(OI)(CI)F" >nul 2>&1 || (
  call :no_archive "cannot make %CACHE% private (icacls)"
  goto :options
)
:cache_exists
call :private "%CACHE%"
if defined UNTRUSTED goto :untrusted
for %%J in ("%JAR%") do set "STAMP=%%~zJ-%%~tJ"
call :clean STAMP
set "JAVAEXE=%JAVA%"
if not defined JAVA_HOME for %%J in (java.exe) do set "JAVAEXE=%%~$PATH:J"
for %%J in ("%JAVAEXE%") do set "JAVAID=%%~zJ-%%~tJ"
call :clean JAVAID
set "ARCHIVE=%CACHE%\aadcfg-%STAMP%-%JAVAID%.static.jsa"
if exist "%ARCHIVE%" call :private "%ARCHIVE%"
if defined UNTRUSTED goto :untrusted
if exist "%ARCHIVE%.failed" call :private "%ARCHIVE%.failed"
if defined UNTRUSTED goto :untrusted
if exist "%ARCHIVE%" goto :options
if exist "%ARCHIVE%.failed" goto :options
set "TMPA=%CACHE%\aadcfg-%RANDOM%%RANDOM%%RANDOM%"
"%JAVA%" -XX:DumpLoadedClassList="%TMPA%.classes" -cp "%JAR%" io.github.aadcfg.cli.ClassDataTraining >nul 2>&1 || goto :dump_failed
"%JAVA%" -Xshare:dump -XX:SharedClassListFile="%TMPA%.classes" -XX:SharedArchiveFile="%TMPA%" -cp "%JAR%" >nul 2>&1 || goto :dump_failed
if not exist "%TMPA%" goto :dump_failed
for %%A in ("%TMPA%") do if "%%~zA"=="0" goto :dump_failed
move /y "%TMPA%" "%ARCHIVE%" >nul 2>&1 || goto :dump_failed
for %%O in ("%CACHE%\aadcfg-*-%JAVAID%.static.jsa" "%CACHE%\aadcfg-*-%JAVAID%.static.jsa.failed") do (
  if /i not "%%~fO"=="%ARCHIVE%" del /f /q "%%~fO" >nul 2>&1
)
del /f /q "%TMPA%.classes" >nul 2>&1
goto :options
:dump_failed
type nul > "%ARCHIVE%.failed" 2>nul
del /f /q "%TMPA%" "%TMPA%.classes" >nul 2>&1
goto :options
:untrusted
call :no_archive "%UNTRUSTED%"
set "ARCHIVE="

:options
rem Faster start, 2: the client compiler only, as in bin/aadcfg; AADCFG_JAVA_OPTS adds JVM options after these
rem (e.g. -Xmx2g), so it can override them.
set "OPTS=-XX:TieredStopAtLevel=1"
if defined SHORT set "OPTS=%OPTS% -XX:+UseSerialGC -XX:-UsePerfData"
if not defined ARCHIVE goto :plain
if not exist "%ARCHIVE%" goto :plain
"%JAVA%" -XX:SharedArchiveFile="%ARCHIVE%" -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off %OPTS% %AADCFG_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
:plain
"%JAVA%" %OPTS% %AADCFG_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%

rem Counts the arguments in ARGC, and clears SHORT at --files-from, --jobs or -j (with or without a value).
:scan
if [%1]==[] goto :eof
set /a ARGC+=1
set "ARG=%~1"
if not defined ARG goto :next
if "%ARG:~0,12%"=="--files-from" set "SHORT="
if "%ARG:~0,6%"=="--jobs" set "SHORT="
if "%ARG:~0,2%"=="-j" set "SHORT="
:next
shift
goto :scan

rem Sets UNTRUSTED to why %1 (the cache directory, the archive or the marker) is not private: a reparse point,
rem not owned by the current user, or an ACL entry for another account; clears it when %1 is private.
:private
set "UNTRUSTED="
set "ATTR=%~a1"
if not defined ATTR (
  set "UNTRUSTED=%~1 cannot be examined"
  goto :eof
)
if not "%ATTR:l=%"=="%ATTR%" (
  set "UNTRUSTED=%~1 is a reparse point (a link or junction)"
  goto :eof
)
rem In "dir /q" a directory's owner is on its "." line, a file's on its own; the owner stands before the name.
set "NAME=%~nx1"
if "%ATTR:~0,1%"=="d" set "NAME=."
set "NAME_RE=%NAME:.=\.%"
set "NAME_RE=%NAME_RE:$=\$%"
set "ME_RE=%ME:\=\\%"
set "ME_RE=%ME_RE:.=\.%"
set "ME_RE=%ME_RE:$=\$%"
dir /q /a "%~1" 2>nul | findstr /r /i /c:" %ME_RE%  *%NAME_RE%$" >nul || (
  set "UNTRUSTED=%~1 is not owned by %ME%"
  goto :eof
)
set "ACES=0"
set "TRUSTED=0"
for /f %%n in ('icacls "%~1" 2^>nul ^| find /c ":("') do set "ACES=%%n"
for /f %%n in ('icacls "%~1" 2^>nul ^| findstr /i /c:" %ME%:(" /c:" NT AUTHORITY\SYSTEM:(" /c:" BUILTIN\Administrators:(" ^| find /c ":("') do set "TRUSTED=%%n"
if "%ACES%"=="0" (
  set "UNTRUSTED=the ACL of %~1 cannot be read (icacls)"
  goto :eof
)
if not "%ACES%"=="%TRUSTED%" set "UNTRUSTED=the ACL of %~1 has entries for accounts other than %ME%, SYSTEM and Administrators"
goto :eof

rem Strips the variable named %1 of / : . and blanks (a file time, in any locale, made part of a file name).
:clean
call set "VALUE=%%%1%%"
set "VALUE=%VALUE:/=%"
set "VALUE=%VALUE::=%"
set "VALUE=%VALUE:.=%"
set "VALUE=%VALUE: =%"
set "%1=%VALUE%"
goto :eof

rem Says on standard error, when AADCFG_DEBUG is set, why no archive is used.
:no_archive
if defined AADCFG_DEBUG echo aadcfg: running without a class-data archive: %~1 1>&2
goto :eof
