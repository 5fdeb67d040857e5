# Writes the committed hostile-input cases of this directory, byte for byte (see README.md).
# @SECRET_URL@ and @PORT@ are placeholders: HostileInputIT replaces them, in its own copy, with the file: URL
# of a secret file it creates and the port of a socket it listens on. Run: python3 make-hostile.py
import os

here = os.path.dirname(os.path.abspath(__file__))
DECL = '<?xml version="1.0" encoding="utf-8"?>\n'
BODY = ('<configuration>\n'
        '  <appSettings>\n'
        '    <add key="TraceFilename" value="{value}" />\n'
        '  </appSettings>\n'
        '</configuration>\n')


def config(value='ProvAgentTrace.log', decl=DECL, doctype=''):
    return decl + doctype + BODY.format(value=value)


def write(name, content):
    data = content if isinstance(content, bytes) else content.encode('utf-8')
    with open(os.path.join(here, name), 'wb') as f:
        f.write(data)


# DTDs: any DOCTYPE is refused before an entity is declared, expanded or fetched
write('xxe-file-attribute.config', config('&xxe;', doctype='<!DOCTYPE configuration [\n'
      '  <!ENTITY xxe SYSTEM "@SECRET_URL@">\n]>\n'))
write('xxe-file-element.config', DECL + '<!DOCTYPE configuration [\n  <!ENTITY xxe SYSTEM "@SECRET_URL@">\n]>\n'
      '<configuration>\n  <agentNotes>&xxe;</agentNotes>\n</configuration>\n')
write('xxe-network.config', config('&xxe;', doctype='<!DOCTYPE configuration [\n'
      '  <!ENTITY xxe SYSTEM "http://127.0.0.1:@PORT@/evil">\n]>\n'))
write('xxe-parameter-entity.config', config(doctype='<!DOCTYPE configuration [\n'
      '  <!ENTITY % p SYSTEM "@SECRET_URL@">\n  %p;\n]>\n'))
write('xxe-parameter-entity-network.config', config(doctype='<!DOCTYPE configuration [\n'
      '  <!ENTITY % p SYSTEM "http://127.0.0.1:@PORT@/evil.dtd">\n  %p;\n]>\n'))
write('external-dtd.config', config(doctype='<!DOCTYPE configuration SYSTEM "http://127.0.0.1:@PORT@/x.dtd">\n'))
write('external-dtd-public.config', config(doctype='<!DOCTYPE configuration PUBLIC "-//EVIL//DTD Config//EN" '
      '"http://127.0.0.1:@PORT@/public.dtd">\n'))
write('billion-laughs.config', config('&lol9;', doctype='<!DOCTYPE configuration [\n  <!ENTITY lol "lol">\n'
      + ''.join('  <!ENTITY lol%d "%s">\n' % (i, ('&lol%s;' % (i - 1 if i > 1 else '')) * 10) for i in range(1, 10))
      + ']>\n'))
write('quadratic-blowup.config', config('&a;' * 2000, doctype='<!DOCTYPE configuration [\n'
      '  <!ENTITY a "' + 'x' * 2000 + '">\n]>\n'))
write('doctype-internal-empty.config', config(doctype='<!DOCTYPE configuration []>\n'))
write('doctype-after-root.config', config() + '<!DOCTYPE configuration>\n')

# A section the configuration system never parses (IgnoreSection): where these files keep their tricks, so that
# the runtime reads them as it reads the agent's config (an undeclared section or a root attribute fails it)
NOTES = ('  <configSections>\n    <section name="agentNotes" type="System.Configuration.IgnoreSection, '
         'System.Configuration, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b03f5f7f11d50a3a" />\n'
         '  </configSections>\n')

# Well-formed files with references that a careless processor would follow: accepted, nothing opened
write('xinclude-accepted.config', DECL + '<configuration>\n' + NOTES
      + '  <agentNotes xmlns:xi="http://www.w3.org/2001/XInclude"><xi:include href="@SECRET_URL@" parse="text" />'
      '</agentNotes>\n'
      '  <appSettings>\n    <add key="TraceFilename" value="ProvAgentTrace.log" />\n  </appSettings>\n'
      '</configuration>\n')
write('stylesheet-and-schema-accepted.config', DECL + '<?xml-stylesheet type="text/xsl" '
      'href="http://127.0.0.1:@PORT@/x.xsl"?>\n'
      '<configuration>\n' + NOTES
      + '  <agentNotes xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
      'xsi:schemaLocation="urn:x http://127.0.0.1:@PORT@/x.xsd" />\n'
      '  <appSettings>\n    <add key="TraceFilename" value="ProvAgentTrace.log" />\n  </appSettings>\n'
      '</configuration>\n')

# Structure
write('truncated.config', config()[:-40])
write('empty.config', b'')
write('whitespace-only.config', b' \t\r\n  \r\n\t \n')
write('binary.config', bytes((i * 37 + 11) % 256 for i in range(1024)))
write('two-roots.config', config() + '<configuration />\n')
write('many-roots.config', '<configuration />\n' * 1000)
write('wrong-root.config', DECL + '<settings>\n  <add key="a" value="b" />\n</settings>\n')
write('duplicated-sections.config', DECL + '<configuration>\n  <system.net>\n  </system.net>\n'
      '  <system.net>\n  </system.net>\n</configuration>\n')
write('mismatched-tags.config', config().replace('</appSettings>', '</appSetting>'))
write('text-after-root.config', config() + 'trailing text\n')

# Comments, CDATA, processing instructions
write('comment-double-dash.config', config().replace('<appSettings>', '<!-- a -- b --><appSettings>'))
write('nested-comments.config', config().replace('<appSettings>', '<!-- ' * 1000 + '-->' + '<appSettings>'))
write('unclosed-comment.config', config().replace('<appSettings>', '<!-- never closed <appSettings>'))
write('cdata-end-in-text.config', DECL + '<configuration>\n  <agentNotes>a ]]> b</agentNotes>\n</configuration>\n')
write('cdata-in-attribute.config', config('<![CDATA[x]]>'))
write('cdata-comment-pi-tricks-unchanged.config', DECL + '<configuration>\n' + NOTES
      + '  <agentNotes><![CDATA[</configuration><!-- <appSettings> ]]]]><![CDATA[> <?pi?> &amp;]]></agentNotes>\n'
      '  <!-- <system.net><defaultProxy enabled="false" /></system.net> -->\n'
      '  <?aadcfg <configuration/> ? > ?>\n'
      '  <appSettings>\n    <add key="TraceFilename" value="a &#x3C;/configuration&#x3E; b" />\n  </appSettings>\n'
      '  <system.net>\n    <defaultProxy enabled="true" useDefaultCredentials="true">\n'
      '      <proxy usesystemdefault="true" proxyaddress="http://p:8080" bypassonlocal="true" />\n'
      '    </defaultProxy>\n  </system.net>\n'
      '</configuration>\n')
write('xml-declaration-not-at-start.config', '\n' + config())
write('xml-declaration-after-comment.config', '<!-- first -->' + config())
write('xml-declaration-uppercase.config', config(decl='<?XML version="1.0"?>\n'))
write('xml-declaration-twice.config', DECL + config())
write('pi-target-xml-inside.config', config().replace('<appSettings>', '<?xml version="1.0"?><appSettings>'))

# Characters and references
write('control-character-raw.config', config('a\x01b'))
write('control-character-reference.config', config('a&#x1;b'))
write('nul-in-the-middle.config', config('a\x00b'))
write('undefined-entity.config', config('&nbsp;'))
write('entity-without-semicolon.config', config('a &amp b'))
write('reference-beyond-unicode.config', config('&#x110000;'))
write('reference-to-surrogate.config', config('&#xD800;'))
write('lt-in-attribute.config', config('a < b'))
write('duplicate-attribute.config', config().replace('key="TraceFilename"', 'key="a" key="b"'))
write('unbound-prefix.config', config().replace('<appSettings>', '<x:appSettings>').replace('</appSettings>',
      '</x:appSettings>'))

# Encodings
b = config('#').encode('utf-8')
write('invalid-utf8.config', b.replace(b'#', b'\xc3\x28'))
write('overlong-utf8.config', b.replace(b'#', b'\xc0\xaf'))
write('surrogate-in-utf8.config', b.replace(b'#', b'\xed\xa0\x80'))
write('beyond-unicode-utf8.config', b.replace(b'#', b'\xf4\x90\x80\x80'))
write('utf8-cut-at-end.config', config().encode('utf-8') + b'<!--\xe2\x82')
write('declared-utf8-but-latin1.config', b.replace(b'#', b'caf\xe9'))
write('declared-1252-but-utf8-accepted.config', config('caf\u00e9', decl='<?xml version="1.0" encoding="windows-1252"?>\n'))
write('utf16le-without-bom.config', config(decl='<?xml version="1.0" encoding="utf-16"?>\n').encode('utf-16-le'))
write('utf16be-without-bom.config', config(decl='<?xml version="1.0" encoding="utf-16"?>\n').encode('utf-16-be'))
write('utf16-declared-without-bom.config', config(decl='<?xml version="1.0" encoding="utf-16"?>\n'))
write('utf32-with-bom.config', b'\xff\xfe\x00\x00' + config().encode('utf-32-le'))
write('bom-utf8-declares-utf16.config', b'\xef\xbb\xbf' + config(decl='<?xml version="1.0" encoding="utf-16"?>\n')
      .encode('utf-8'))
write('bom-utf8-declares-latin1.config', b'\xef\xbb\xbf' + config('caf\u00e9',
      decl='<?xml version="1.0" encoding="ISO-8859-1"?>\n').encode('utf-8'))
write('bom-utf16le-declares-utf8.config', b'\xff\xfe' + config().encode('utf-16-le'))
write('double-bom.config', b'\xef\xbb\xbf\xef\xbb\xbf' + config().encode('utf-8'))
write('unknown-encoding.config', config(decl='<?xml version="1.0" encoding="x-no-such-charset"?>\n'))
write('ebcdic-declared.config', config(decl='<?xml version="1.0" encoding="IBM037"?>\n'))
