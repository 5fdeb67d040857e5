"""Writes each fixture's expected.config and warnings.txt from its source.config and hand-written edits,
and again.config (the transform applied to its own result) where the transform is not idempotent.

Nothing here runs or reads aadcfg: every edit below was written by hand from the fixture's source.config
and transform.config, following Microsoft's documented XDT semantics (Transform and Locator attributes),
and the byte-level rules aadcfg promises (only the transformed element changes; new lines take the
file's newline, indentation and quotes; the file's encoding, BOM and final newline are kept).

Each edit is (old, new): `old` must occur exactly once in the decoded source. Usage, from this directory:
  python3 expected-by-hand.py           rewrite every fixtures/*/expected.config, warnings.txt, again.config
  python3 expected-by-hand.py --check   only compare with the committed files; exit 1 on any difference
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.join(HERE, 'fixtures')

# name: (encoding, BOM, [(old, new), ...], [warning, ...])
EDITS = {
    '01-setattributes-match': ('utf-8', b'', [
        ('<add key="Mode" value="Amqp" />', '<add key="Mode" value="WebSocket" />'),
    ], []),
    '02-setattributes-noarg-multiline': ('utf-8', b'', [
        ('                 initializeData="a.log" />\r\n',
         '                 initializeData="b.log"\r\n'
         '                 traceOutputOptions="DateTime" />\r\n'),
    ], []),
    '03-setattributes-named-args-warning': ('utf-8', b'', [
        ('<add key="Retries" value="3" />', '<add key="Retries" value="5" />'),
    ], ["transform.config:3:5: Argument 'missing' did not match any attributes"]),
    '04-replace-tabs': ('utf-8', b'', [
        ('\t\t<add name="Main" connectionString="Server=old;Database=db" providerName="System.Data.SqlClient" />\n',
         '\t\t<add name="Main"\n'
         '\t\t     connectionString="Server=new;Database=db"\n'
         '\t\t     providerName="System.Data.SqlClient" />\n'),
    ], []),
    '05-replace-selfclosing-with-children': ('utf-8', b'', [
        ('  <runtime />\n',
         '  <runtime>\n'
         '    <enforceFIPSPolicy enabled="false" />\n'
         '    <gcServer enabled="true" />\n'
         '  </runtime>\n'),
    ], []),
    '06-insert-crlf-bom': ('utf-8', b'\xef\xbb\xbf', [
        ('    <add key="Retries" value="3" />\r\n',
         '    <add key="Retries" value="3" />\r\n'
         '    <add key="ServiceBusConnectionMode" value="WebSocket" />\r\n'),
    ], []),
    '07-insert-into-selfclosed': ('utf-8', b'', [
        ('    <appSettings />\n',
         '    <appSettings>\n'
         '        <add key="A" value="1" />\n'
         '    </appSettings>\n'),
    ], []),
    '08-insert-into-empty-endtag': ('utf-8', b'', [
        ('    <appSettings></appSettings>\n',
         '    <appSettings>\n'
         '        <add key="A" value="1" />\n'
         '    </appSettings>\n'),
    ], []),
    '09-insert-at-end-of-document': ('utf-8', b'', [
        ('  </startup>\n</configuration>',
         '  </startup>\n'
         '  <system.net>\n'
         '    <defaultProxy enabled="true">\n'
         '      <proxy proxyaddress="http://proxy:8080" />\n'
         '    </defaultProxy>\n'
         '  </system.net>\n'
         '</configuration>'),
    ], []),
    '10-insertifmissing-present': ('utf-8', b'', [], []),
    '11-insertifmissing-absent': ('utf-8', b'', [
        ('  <startup />\n',
         '  <startup />\n'
         '  <appSettings>\n'
         '    <add key="Mode" value="WebSocket" />\n'
         '  </appSettings>\n'),
    ], []),
    '12-insertbefore': ('utf-8', b'', [
        ('  <appSettings />\n',
         '  <startup>\n'
         '    <supportedRuntime version="v4.0" />\n'
         '  </startup>\n'
         '  <appSettings />\n'),
    ], []),
    '13-insertafter': ('utf-8', b'', [
        ('  <configSections />\n', '  <configSections />\n  <startup />\n'),
    ], []),
    '14-remove-first-only': ('utf-8', b'', [
        ('    <add key="Dup" value="1" />\n', ''),
    ], ["transform.config:3:5: Found multiple target elements, but the 'Remove' Transform only applies to the first match"]),
    '15-removeall': ('utf-8', b'', [
        ('    <add key="Dup" value="1" />\n', ''),
        ('    <add key="Dup" value="2" />\n', ''),
    ], []),
    '16-removeattributes-warning': ('utf-8', b'', [
        ('<compilation debug="true" targetFramework="4.8" />', '<compilation targetFramework="4.8" />'),
    ], ["transform.config:3:5: Argument 'batch' did not match any attributes"]),
    '17-removeattributes-multiline': ('utf-8', b'', [
        ('                 batch="false"\r\n', ''),
    ], []),
    '18-commentout': ('utf-8', b'', [
        ('    <switches>\n', '    <!--<switches>\n'),
        ('    </switches>\n', '    </switches>-->\n'),
    ], []),
    '19-condition-locator': ('utf-8', b'', [
        ('connectionString="a" />', 'connectionString="changed" />'),
        ('connectionString="c" />', 'connectionString="changed" />'),
    ], []),
    '20-xpath-locator': ('utf-8', b'', [
        ('<customErrors mode="Off" />', '<customErrors mode="RemoteOnly" />'),
    ], []),
    '21-deep-nesting': ('utf-8', b'', [
        ('            <transport clientCredentialType="None" />\n',
         '            <transport clientCredentialType="Windows" />\n'
         '            <message clientCredentialType="Certificate" />\n'),
    ], []),
    '22-no-match-warning': ('utf-8', b'', [], [
        "transform.config:2:3: No element in the source document matches '/configuration/system.web'",
        "transform.config:6:5: No element in the source document matches "
        "'/configuration/appSettings/add[@key='Nope']'",
    ]),
    '23-utf16le-bom': ('utf-16-le', b'\xff\xfe', [
        ('    <add key="Mode" value="Amqp" />\r\n',
         '    <add key="Mode" value="WebSocket" />\r\n'
         '    <add key="Site" value="Z\u00fcrich" />\r\n'),
    ], []),
    '24-windows-1252': ('windows-1252', b'', [
        ('    <add key="Site" value="Gen\u00e8ve" />\n',
         '    <add key="Site" value="Gen\u00e8ve" />\n'
         '    <add key="Price" value="\u20ac 5 \u2014 &#x3A9;" />\n'),
    ], []),
    '25-gt-in-values-one-letter-names': ('utf-8', b'', [
        ("    <b y='a>b' />\n", "    <b y='c>d' z='e>f' />\n    <c q=\"x>y\" />\n"),
    ], []),
    '26-any-prefix': ('utf-8', b'', [
        ('    <add key="Retries" value="3" />\n', '    <add key="New" value="1" />\n'),
    ], []),
    '27-namespaced-element': ('utf-8', b'', [
        ('<bindingRedirect oldVersion="0.0.0.0-12.0.0.0" newVersion="12.0.0.0" />',
         '<bindingRedirect oldVersion="0.0.0.0-13.0.0.0" newVersion="13.0.0.0" />'),
    ], []),
    '28-order-of-application': ('utf-8', b'', [
        ('    <add key="A" value="1" />\n', '    <add key="B" value="3" />\n'),
    ], []),
    '29-insert-after-inline-sibling': ('utf-8', b'', [
        ('  <appSettings><add key="A" value="1" />\n',
         '  <appSettings><add key="A" value="1" />\n'
         '    <add key="B" value="2" />\n'),
    ], []),
    '30-deep-insert-into-empty': ('utf-8', b'', [
        ('          <identity />\n',
         '          <identity>\n'
         '            <dns value="localhost" />\n'
         '          </identity>\n'),
    ], []),
    '31-replace-root-child-tabs-crlf': ('utf-8', b'', [
        ('\t<system.net>\r\n\t\t<settings>\r\n\t\t\t<servicePointManager expect100Continue="true" />\r\n',
         '\t<system.net>\r\n'
         '\t\t<defaultProxy enabled="true">\r\n'
         '\t\t\t<proxy proxyaddress="http://p:8080" />\r\n'
         '\t\t</defaultProxy>\r\n'
         '\t\t<settings>\r\n'
         '\t\t\t<servicePointManager expect100Continue="false" />\r\n'),
    ], []),
    '32-single-quotes-setattributes-new': ('utf-8', b'', [
        ("<add key='Mode' value='Amqp' />", "<add key='Mode' value='WebSocket' comment='it&apos;s new' />"),
    ], []),
}


def twice(line):
    """The edit of a second Insert right after the first: `line` (the inserted text) once more."""
    return (line, line + line)


# name: [(old, new), ...] edits of the decoded expected.config: what the transform gives when applied to its
# own result (again.config). Only transforms that are not idempotent by Microsoft's semantics are here (every
# other fixture must give expected.config again, unchanged): Insert, InsertBefore and InsertAfter add another
# copy (after the first: the parent's last child, or before the same sibling; for InsertAfter, the copy goes
# right after the sibling, that is before the first copy, which is the same text); Remove takes the next
# match; SetAttributes with Match sets every match; a Remove whose match is gone only warns.
# A second copy of a section (an element that may appear once at its level) is where aadcfg goes beyond
# Microsoft's engine: it refuses the result, writing nothing; REFUSED_AGAIN holds what it must say
# (again-refused.txt: the error code, the line of the second copy, a fragment of the message).
REFUSED_AGAIN = {
    '09-insert-at-end-of-document': ('verify-lint', 11, '<system.net> appears again (first at line 6)'),
    '12-insertbefore': ('verify-lint', 8, '<startup> appears again (first at line 5)'),
    '13-insertafter': ('verify-lint', 4, '<startup> appears again (first at line 3)'),
}
AGAIN = {
    '06-insert-crlf-bom': [twice('    <add key="ServiceBusConnectionMode" value="WebSocket" />\r\n')],
    '07-insert-into-selfclosed': [twice('        <add key="A" value="1" />\n')],
    '08-insert-into-empty-endtag': [twice('        <add key="A" value="1" />\n')],
    '14-remove-first-only': [('    <add key="Dup" value="2" />\n', '')],
    '21-deep-nesting': [twice('            <message clientCredentialType="Certificate" />\n')],
    '23-utf16le-bom': [twice('    <add key="Site" value="Z\u00fcrich" />\r\n')],
    '24-windows-1252': [twice('    <add key="Price" value="\u20ac 5 \u2014 &#x3A9;" />\n')],
    '25-gt-in-values-one-letter-names': [twice('    <c q="x>y" />\n')],
    '26-any-prefix': [twice('    <add key="New" value="1" />\n')],
    '28-order-of-application': [twice('    <add key="B" value="3" />\n')],
    '29-insert-after-inline-sibling': [twice('    <add key="B" value="2" />\n')],
    '30-deep-insert-into-empty': [twice('            <dns value="localhost" />\n')],
}


def again(name):
    """again.config: the transform applied to expected.config, edited by hand as above."""
    encoding, bom = EDITS[name][0], EDITS[name][1]
    content = expected(name)[0]
    text = content[len(bom):].decode(encoding)
    for old, new in AGAIN[name]:
        assert text.count(old) == 1, '%s: %r occurs %d times' % (name, old, text.count(old))
        text = text.replace(old, new)
    return bom + text.encode(encoding)


def expected(name):
    encoding, bom, edits, warnings = EDITS[name]
    raw = open(os.path.join(FIXTURES, name, 'source.config'), 'rb').read()
    assert raw.startswith(bom), name + ': BOM'
    text = raw[len(bom):].decode(encoding)
    for old, new in edits:
        assert text.count(old) == 1, '%s: %r occurs %d times' % (name, old, text.count(old))
        text = text.replace(old, new)
    lines = ''.join(w + '\n' for w in warnings)
    return bom + text.encode(encoding), lines.encode('utf-8')


def main(check):
    names = sorted(d for d in os.listdir(FIXTURES) if os.path.isdir(os.path.join(FIXTURES, d)))
    assert names == sorted(EDITS), 'fixtures without hand edits: %s' % (set(names) ^ set(EDITS))
    differ = []
    for name in names:
        files = list(zip(('expected.config', 'warnings.txt'), expected(name)))
        if name in AGAIN:
            files.append(('again.config', again(name)))
        if name in REFUSED_AGAIN:
            files.append(('again-refused.txt', ('%s\n%d\n%s\n' % REFUSED_AGAIN[name]).encode('utf-8')))
        for file, content in files:
            path = os.path.join(FIXTURES, name, file)
            if check:
                if not os.path.exists(path) or open(path, 'rb').read() != content:
                    differ.append(name + '/' + file)
            else:
                open(path, 'wb').write(content)
    print('%d fixtures, %d files differ%s' % (len(names), len(differ), ''.join('\n  ' + d for d in differ)))
    return 1 if differ else 0


if __name__ == '__main__':
    sys.exit(main('--check' in sys.argv[1:]))
