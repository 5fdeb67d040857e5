"""Writes proxy-set/NAME: the bytes `aadcfg proxy set --address http://proxy.contoso.com:8080` must give
the agent config and each variant that edits accept without --force (KillDuringWritesIT's targets).

Nothing here runs or reads aadcfg. The edit is written out by hand: the block from Microsoft's guide,
in the file's own encoding, newline, indentation unit, quote and self-closing style, as the last child
of <configuration>; the variants that already have a system.net are edited in place, each by hand below.
Usage, from this directory: python3 proxy-set-by-hand.py [--check]
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TESTDATA = os.path.dirname(HERE)
OUT = os.path.join(HERE, 'proxy-set')
ADDRESS = 'http://proxy.contoso.com:8080'
LINT_ERRORS = {'configsections-not-first.config', 'duplicated-sections.config', 'placeholders.config',
               'undeclared-listener.config'}
# name: (encoding, BOM length)
ENCODINGS = {'utf16le-bom.config': ('utf-16-le', 2), 'utf16be-bom.config': ('utf-16-be', 2),
             'windows-1252.config': ('windows-1252', 0), 'iso-8859-1.config': ('iso-8859-1', 0)}
INDENT = {'tabs.config': '\t', 'two-space.config': '  '}
# name: (old, new) edits of the decoded text, instead of the inserted block
IN_PLACE = {
    'existing-proxy.config': [],
    'systemnet-no-defaultproxy.config': [(
        '        </settings>\r\n    </system.net>\r\n',
        '        </settings>\r\n'
        '        <defaultProxy enabled="true" useDefaultCredentials="true">\r\n'
        '            <proxy usesystemdefault="true" proxyaddress="' + ADDRESS + '" bypassonlocal="true" />\r\n'
        '        </defaultProxy>\r\n'
        '    </system.net>\r\n')],
    'proxy-disabled-with-address.config': [
        ('<defaultProxy enabled="false"', '<defaultProxy enabled="true"'),
        ('<proxy usesystemdefault="false"', '<proxy usesystemdefault="true"')],
}


def block(indent, newline, quote, close):
    lines = [
        (1, '<system.net>'),
        (2, '<defaultProxy enabled="true" useDefaultCredentials="true">'),
        (3, '<proxy usesystemdefault="true" proxyaddress="%s" bypassonlocal="true"%s' % (ADDRESS, close)),
        (2, '</defaultProxy>'),
        (1, '</system.net>'),
    ]
    return ''.join(indent * depth + text.replace('"', quote) + newline for depth, text in lines)


def patched(name, raw):
    encoding, bom = ENCODINGS.get(name, ('utf-8', 3 if raw.startswith(b'\xef\xbb\xbf') else 0))
    text = raw[bom:].decode(encoding)
    if name in IN_PLACE:
        for old, new in IN_PLACE[name]:
            assert text.count(old) == 1, name
            text = text.replace(old, new)
    else:
        end = text.rindex('</configuration>')
        line = text.rindex('\n', 0, end) + 1
        newline = '\r\n' if text[line - 2:line] == '\r\n' else '\n'
        quote = "'" if name == 'single-quotes.config' else '"'
        close = '/>' if name == 'no-space-selfclose.config' else ' />'
        text = text[:line] + block(INDENT.get(name, '    '), newline, quote, close) + text[line:]
    return raw[:bom] + text.encode(encoding)


def main(check):
    sources = [os.path.join(TESTDATA, 'agent', 'AADConnectProvisioningAgent.exe.config')]
    variants = os.path.join(TESTDATA, 'variants')
    sources += [os.path.join(variants, n) for n in sorted(os.listdir(variants)) if n not in LINT_ERRORS]
    differ = []
    os.makedirs(OUT, exist_ok=True)
    for source in sources:
        name = os.path.basename(source)
        content = patched(name, open(source, 'rb').read())
        path = os.path.join(OUT, name)
        if check:
            if not os.path.exists(path) or open(path, 'rb').read() != content:
                differ.append(name)
        else:
            open(path, 'wb').write(content)
    print('%d files, %d differ%s' % (len(sources), len(differ), ''.join('\n  ' + d for d in differ)))
    return 1 if differ else 0


if __name__ == '__main__':
    sys.exit(main('--check' in sys.argv[1:]))
