"""Writes COMMAND/NAME: the bytes each editing command must give the agent config and each variant
(EditCommandsIT, DryRunIT, KillDuringWritesIT), and proxy-set-dry-run/NAME.diff: the diff `--dry-run` shows.

Nothing here runs or reads aadcfg. Every edit is written out by hand as (old, new) text in the agent
config's own style (4-space indentation, `"`, ` />`, `\\n` standing for the line break), then put in each
file's style: its encoding and BOM, indentation unit, quote character and self-closing habit, and the line
break the old text has in that file (so mixed-newlines keeps each line's ending). `old` must occur exactly
once. A new section goes just before `</configuration>`, after the line break of the line above it.
The lint-error variants are pinned only for `proxy set` (EditCommandsIT runs it on them with --force), and
where an edit removes every lint error (FIXED_BY), for that edit.
The diffs are Python difflib's unified diffs (3 lines of context, `a/NAME` and `b/NAME` headers) of the
decoded texts, line breaks shown without their carriage returns.
Usage, from this directory: python3 edits-by-hand.py [--check]
"""
import difflib
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TESTDATA = os.path.dirname(HERE)
ADDRESS = 'http://proxy.contoso.com:8080'
BYPASS = r'.*\.contoso\.com'
LINT_ERRORS = {'configsections-not-first.config', 'duplicated-sections.config', 'placeholders.config',
               'undeclared-listener.config'}
# name: (encoding, BOM length)
ENCODINGS = {'utf16le-bom.config': ('utf-16-le', 2), 'utf16be-bom.config': ('utf-16-be', 2),
             'windows-1252.config': ('windows-1252', 0), 'iso-8859-1.config': ('iso-8859-1', 0)}
INDENT = {'tabs.config': '\t', 'two-space.config': '  '}
TEXT_WRITER = ('type="System.Diagnostics.TextWriterTraceListener" initializeData="C:/ProgramData/Microsoft/'
               'Azure AD Connect Provisioning Agent/Trace/ProvAgentTrace.log"')


def native(snippet, name, newline):
    """The snippet as the file would have it: its indentation unit, quote, self-closing habit, line break."""
    unit = INDENT.get(name, '    ')
    lines = []
    for line in snippet.split('\n'):
        depth = len(line) - len(line.lstrip(' '))
        lines.append(unit * (depth // 4) + ' ' * (depth % 4) + line[depth:])
    text = newline.join(lines)
    if name == 'single-quotes.config':
        text = text.replace('"', "'")
    if name == 'no-space-selfclose.config':
        text = text.replace(' />', '/>')
    return text


def replace(name, text, old, new):
    for newline in ('\r\n', '\n'):
        native_old = native(old, name, newline)
        if text.count(native_old) == 1:
            return text.replace(native_old, native(new, name, newline))
    raise AssertionError('%s: %r does not occur exactly once' % (name, old))


def before_root_end(name, text, block):
    end = text.rindex('</configuration>')
    line = text.rindex('\n', 0, end) + 1
    newline = '\r\n' if text[line - 2:line] == '\r\n' else '\n'
    return text[:line] + native(block, name, newline) + text[line:]


def proxy(bypass_on_local):
    return ('<proxy usesystemdefault="true" proxyaddress="%s" bypassonlocal="%s" />'
            % (ADDRESS, 'true' if bypass_on_local else 'false'))


BYPASS_LIST = ('            <bypasslist>\n'
               '                <add address="%s" />\n'
               '            </bypasslist>\n' % BYPASS)


def default_proxy(bypass):
    return ('        <defaultProxy enabled="true" useDefaultCredentials="true">\n'
            '            ' + proxy(not bypass) + '\n'
            + (BYPASS_LIST if bypass else '')
            + '        </defaultProxy>\n')


def system_net(bypass):
    return '    <system.net>\n' + default_proxy(bypass) + '    </system.net>\n'


# The verbose block of Microsoft's guide, as a new section (GoldenTest.SEED_BLOCK, nested and native).
DIAGNOSTICS = ('    <system.diagnostics>\n'
               '        <sources>\n'
               '            <source name="AAD Connect Provisioning Agent">\n'
               '                <listeners>\n'
               '                    <add name="console" />\n'
               '                    <add name="etw" />\n'
               '                    <add name="textWriterListener" />\n'
               '                </listeners>\n'
               '            </source>\n'
               '        </sources>\n'
               '        <sharedListeners>\n'
               '            <add name="console" type="System.Diagnostics.ConsoleTraceListener" initializeData="false" />\n'
               '            <add name="etw" type="System.Diagnostics.EventLogTraceListener" '
               'initializeData="Azure AD Connect Provisioning Agent">\n'
               '                <filter type="System.Diagnostics.EventTypeFilter" initializeData="All" />\n'
               '            </add>\n'
               '            <add name="textWriterListener" ' + TEXT_WRITER + ' />\n'
               '        </sharedListeners>\n'
               '    </system.diagnostics>\n')

SERVICE_BUS = '<add key="ServiceBusConnectionMode" value="WebSocket" />'
FIPS = '<enforceFIPSPolicy enabled="false" />'
VERBOSE_LISTENERS = [('                    <add name="textWriterListener"/>\n', ''),
                     ('            <add name="textWriterListener" ' + TEXT_WRITER + '/>\n', '')]

# Lint-error variants an edit runs on without --force, because it removes every error (the proxy's placeholders;
# the two <system.net> sections, each holding only a proxy).
FIXED_BY = {'placeholders.config': ('proxy-set', 'proxy-set-bypass', 'proxy-remove'),
            'duplicated-sections.config': ('proxy-remove',)}

# Each command: (arguments, edits of the agent config, {variant: edits instead}, pinned lint-error variants).
# An edit is (old, new), or (None, block): block goes before </configuration>.
COMMANDS = {
    'proxy-set': ('proxy set --address ' + ADDRESS,
                  [(None, system_net(False))], {
                      'existing-proxy.config': [],
                      'systemnet-no-defaultproxy.config': [('    </system.net>\n',
                                                            default_proxy(False) + '    </system.net>\n')],
                      # options not given leave attributes as they are; only enabled is the command's point
                      'proxy-disabled-with-address.config': [
                          ('<defaultProxy enabled="false"', '<defaultProxy enabled="true"')],
                      'duplicated-sections.config': [],
                      'placeholders.config': [('proxyaddress="http://[proxy-server]:[proxy-port]"',
                                               'proxyaddress="%s"' % ADDRESS)],
                  }, True),
    'proxy-set-bypass': ('proxy set --address %s --bypass %s --bypass-on-local=false' % (ADDRESS, BYPASS),
                         [(None, system_net(True))], {
                             'existing-proxy.config': [('            ' + proxy(True) + '\n',
                                                        '            ' + proxy(False) + '\n' + BYPASS_LIST)],
                             'systemnet-no-defaultproxy.config': [('    </system.net>\n',
                                                                   default_proxy(True) + '    </system.net>\n')],
                             'proxy-disabled-with-address.config': [
                                 ('<defaultProxy enabled="false"', '<defaultProxy enabled="true"'),
                                 ('            <proxy usesystemdefault="false" proxyaddress="%s" bypassonlocal="true" />\n'
                                  % ADDRESS, '            <proxy usesystemdefault="false" proxyaddress="%s" '
                                  'bypassonlocal="false" />\n' % ADDRESS + BYPASS_LIST)],
                             'placeholders.config': [
                                 ('proxyaddress="http://[proxy-server]:[proxy-port]"\n                bypassonlocal="true"',
                                  'proxyaddress="%s"\n                bypassonlocal="false"' % ADDRESS),
                                 ('            />\n        </defaultProxy>', '            />\n' + BYPASS_LIST
                                  + '        </defaultProxy>')],
                         }, False),
    'proxy-remove': ('proxy remove', [], {
        'duplicated-sections.config': [(''.join('    <system.net>\n'
                                                '        <defaultProxy enabled="true" useDefaultCredentials="true">\n'
                                                '            <proxy usesystemdefault="true" proxyaddress="%s" '
                                                'bypassonlocal="true" />\n'
                                                '        </defaultProxy>\n'
                                                '    </system.net>\n' % a for a in
                                                ('http://proxy.contoso.com:8080', 'http://proxy2.contoso.com:3128')),
                                        '')],
        'placeholders.config': [('    <system.net>\n'
                                 '        <defaultProxy enabled="true" useDefaultCredentials="true">\n'
                                 '            <proxy\n'
                                 '                usesystemdefault="true"\n'
                                 '                proxyaddress="http://[proxy-server]:[proxy-port]"\n'
                                 '                bypassonlocal="true"\n'
                                 '            />\n'
                                 '        </defaultProxy>\n'
                                 '    </system.net>\n', '')],
        'existing-proxy.config': [('        <defaultProxy enabled="true" useDefaultCredentials="true">\n'
                                   '            ' + proxy(True) + '\n'
                                   '        </defaultProxy>\n', '')],
        'proxy-disabled-with-address.config': [(
            '    <system.net>\n'
            '        <defaultProxy enabled="false" useDefaultCredentials="true">\n'
            '            <proxy usesystemdefault="false" proxyaddress="%s" bypassonlocal="true" />\n'
            '        </defaultProxy>\n'
            '    </system.net>\n' % ADDRESS, '')],
    }, False),
    'tracing-enable': ('tracing enable', [
        ('<!--<add name="textWriterListener"/>-->', '<add name="textWriterListener"/>'),
        ('initializeData="Error" />', 'initializeData="All" />'),
        ('<!--<add name="textWriterListener" ' + TEXT_WRITER + '/>-->',
         '<add name="textWriterListener" ' + TEXT_WRITER + '/>')], {
        'commented-listeners.config': [
            ('<!-- <add name="textWriterListener" /> -->', '<add name="textWriterListener" />'),
            ('initializeData="Error" />', 'initializeData="All" />'),
            ('<!-- <add name="textWriterListener" ' + TEXT_WRITER + ' /> -->',
             '<add name="textWriterListener" ' + TEXT_WRITER + ' />')],
        'no-diagnostics.config': [(None, DIAGNOSTICS)],
        'verbose-already.config': [],
    }, False),
    'tracing-disable': ('tracing disable', [], {
        'verbose-already.config': VERBOSE_LISTENERS + [('initializeData="All"/>', 'initializeData="Error"/>')],
    }, False),
    'tracing-disable-warning': ('tracing disable --level Warning', [
        ('initializeData="Error" />', 'initializeData="Warning" />')], {
        'no-diagnostics.config': [],
        'verbose-already.config': VERBOSE_LISTENERS + [('initializeData="All"/>', 'initializeData="Warning"/>')],
    }, False),
    'appsetting-set': ('appsetting set ServiceBusConnectionMode WebSocket', [
        ('    </appSettings>\n', '        ' + SERVICE_BUS + '\n    </appSettings>\n')], {
        'no-appsettings.config': [(None, '    <appSettings>\n        ' + SERVICE_BUS + '\n    </appSettings>\n')],
        'empty-appsettings-selfclosed.config': [
            ('    <appSettings />\n', '    <appSettings>\n        ' + SERVICE_BUS + '\n    </appSettings>\n')],
    }, False),
    'appsetting-remove': ('appsetting remove TraceFileMaxSizeMB', [
        ('        <add key="TraceFileMaxSizeMB" value="10" />\n', '')], {
        'duplicate-appsetting-keys.config': [('        <add key="TraceFileMaxSizeMB" value="10" />\n', ''),
                                             ('        <add key="TraceFileMaxSizeMB" value="50" />\n', '')],
        'no-appsettings.config': [],
        'empty-appsettings-selfclosed.config': [],
    }, False),
    'fips': ('fips --enforce=false', [('    <runtime>\n', '    <runtime>\n        ' + FIPS + '\n')], {
        'empty-runtime.config': [('    <runtime></runtime>\n', '    <runtime>\n        ' + FIPS + '\n    </runtime>\n')],
        'runtime-fips.config': [('<enforceFIPSPolicy enabled="true" />', FIPS)],
    }, False),
}


def decode(name, raw):
    encoding, bom = ENCODINGS.get(name, ('utf-8', 3 if raw.startswith(b'\xef\xbb\xbf') else 0))
    return raw[:bom], raw[bom:].decode(encoding), encoding


def patched(name, text, edits):
    for old, new in edits:
        text = before_root_end(name, text, new) if old is None else replace(name, text, old, new)
    return text


def diff(name, before, after):
    def lines(text):
        split = re.split('\r\n|\r|\n', text)
        return split[:-1] if len(split) > 1 and split[-1] == '' else split
    rendered = difflib.unified_diff(lines(before), lines(after), 'a/' + name, 'b/' + name, n=3, lineterm='')
    return ''.join(line + '\n' for line in rendered)


def outputs():
    """(relative path, bytes) of every pinned file."""
    variants = os.path.join(TESTDATA, 'variants')
    names = sorted(os.listdir(variants))
    agent = 'AADConnectProvisioningAgent.exe.config'
    sources = {agent: os.path.join(TESTDATA, 'agent', agent)}
    sources.update((n, os.path.join(variants, n)) for n in names)
    for command, (_, edits, by_variant, lint_errors_too) in COMMANDS.items():
        for name, source in sources.items():
            if name in LINT_ERRORS and not lint_errors_too and command not in FIXED_BY.get(name, ()):
                continue
            bom, text, encoding = decode(name, open(source, 'rb').read())
            after = patched(name, text, by_variant.get(name, edits))
            yield os.path.join(command, name), bom + after.encode(encoding)
            if command == 'proxy-set' and (name not in LINT_ERRORS or command in FIXED_BY.get(name, ())):
                yield os.path.join('proxy-set-dry-run', name + '.diff'), diff(name, text, after).encode('utf-8')


def main(check):
    differ = []
    count = 0
    for relative, content in outputs():
        count += 1
        path = os.path.join(HERE, relative)
        if check:
            if not os.path.exists(path) or open(path, 'rb').read() != content:
                differ.append(relative)
        else:
            os.makedirs(os.path.dirname(path), exist_ok=True)
            open(path, 'wb').write(content)
    print('%d files, %d differ%s' % (count, len(differ), ''.join('\n  ' + d for d in differ)))
    return 1 if differ else 0


if __name__ == '__main__':
    sys.exit(main('--check' in sys.argv[1:]))
