import os
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'fixtures')
os.makedirs(root, exist_ok=True)
X = 'xmlns:xdt="http://schemas.microsoft.com/XML-Document-Transform"'

def write(name, source, transform, nl='\n', enc='utf-8', bom=b'', tnl=None):
    d = os.path.join(root, name)
    os.makedirs(d, exist_ok=True)
    s = source.replace('\n', nl)
    open(os.path.join(d, 'source.config'), 'wb').write(bom + s.encode(enc))
    t = transform.replace('\n', tnl or '\n')
    open(os.path.join(d, 'transform.config'), 'wb').write(t.encode('utf-8'))

APP = '''<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="Mode" value="Amqp" />
    <add key="Retries" value="3" />
  </appSettings>
</configuration>
'''

write('01-setattributes-match', APP, f'''<?xml version="1.0"?>
<configuration {X}>
  <appSettings>
    <add key="Mode" value="WebSocket" xdt:Transform="SetAttributes" xdt:Locator="Match(key)" />
  </appSettings>
</configuration>
''')

write('02-setattributes-noarg-multiline', '''<?xml version="1.0" encoding="utf-8"?>
<configuration>
    <system.diagnostics>
        <sharedListeners>
            <add name="text"
                 type="System.Diagnostics.TextWriterTraceListener"
                 initializeData="a.log" />
        </sharedListeners>
    </system.diagnostics>
</configuration>
''', f'''<configuration {X}>
  <system.diagnostics>
    <sharedListeners>
      <add name="text" initializeData="b.log" traceOutputOptions="DateTime" xdt:Transform="SetAttributes" xdt:Locator="Match(name)"/>
    </sharedListeners>
  </system.diagnostics>
</configuration>
''', nl='\r\n')

write('03-setattributes-named-args-warning', APP, f'''<configuration {X}>
  <appSettings>
    <add key="Retries" value="5" extra="no" xdt:Transform="SetAttributes(value,missing)" xdt:Locator="Match(key)" />
  </appSettings>
</configuration>
''')

write('04-replace-tabs', '''<?xml version="1.0" encoding="utf-8"?>
<configuration>
\t<connectionStrings>
\t\t<add name="Main" connectionString="Server=old;Database=db" providerName="System.Data.SqlClient" />
\t\t<add name="Other" connectionString="Server=other" />
\t</connectionStrings>
</configuration>
''', f'''<?xml version="1.0"?>
<configuration {X}>
    <connectionStrings>
        <add name="Main" xdt:Transform="Replace" xdt:Locator="Match(name)"
             connectionString="Server=new;Database=db"
             providerName="System.Data.SqlClient" />
    </connectionStrings>
</configuration>
''')

write('05-replace-selfclosing-with-children', '''<configuration>
  <runtime />
  <startup />
</configuration>
''', f'''<configuration {X}>
  <runtime xdt:Transform="Replace">
    <enforceFIPSPolicy enabled="false" />
    <gcServer enabled="true" />
  </runtime>
</configuration>
''')

write('06-insert-crlf-bom', APP, f'''<configuration {X}>
  <appSettings>
    <add key="ServiceBusConnectionMode" value="WebSocket" xdt:Transform="Insert" />
  </appSettings>
</configuration>
''', nl='\r\n', bom=b'\xef\xbb\xbf')

write('07-insert-into-selfclosed', '''<configuration>
    <appSettings />
    <runtime />
</configuration>
''', f'''<configuration {X}>
  <appSettings>
    <add key="A" value="1" xdt:Transform="Insert" />
  </appSettings>
</configuration>
''')

write('08-insert-into-empty-endtag', '''<configuration>
    <appSettings></appSettings>
</configuration>
''', f'''<configuration {X}>
  <appSettings>
    <add key="A" value="1" xdt:Transform="Insert" />
  </appSettings>
</configuration>
''')

write('09-insert-at-end-of-document', '''<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <startup>
    <supportedRuntime version="v4.0" />
  </startup>
</configuration>''', f'''<configuration {X}>
  <system.net xdt:Transform="Insert">
    <defaultProxy enabled="true">
      <proxy proxyaddress="http://proxy:8080" />
    </defaultProxy>
  </system.net>
</configuration>
''')

write('10-insertifmissing-present', APP, f'''<configuration {X}>
  <appSettings xdt:Transform="InsertIfMissing">
    <add key="Other" value="x" />
  </appSettings>
</configuration>
''')

write('11-insertifmissing-absent', '''<configuration>
  <startup />
</configuration>
''', f'''<configuration {X}>
  <appSettings xdt:Transform="InsertIfMissing">
    <add key="Mode" value="WebSocket" />
  </appSettings>
</configuration>
''')

write('12-insertbefore', '''<configuration>
  <configSections>
    <section name="a" type="T" />
  </configSections>
  <appSettings />
</configuration>
''', f'''<configuration {X}>
  <startup xdt:Transform="InsertBefore(/configuration/appSettings)">
    <supportedRuntime version="v4.0" />
  </startup>
</configuration>
''')

write('13-insertafter', '''<configuration>
  <configSections />
  <appSettings />
</configuration>
''', f'''<configuration {X}>
  <startup xdt:Transform="InsertAfter(/configuration/configSections)" />
</configuration>
''')

write('14-remove-first-only', '''<configuration>
  <appSettings>
    <add key="Dup" value="1" />
    <add key="Dup" value="2" />
    <add key="Keep" value="3" />
  </appSettings>
</configuration>
''', f'''<configuration {X}>
  <appSettings>
    <add key="Dup" xdt:Transform="Remove" xdt:Locator="Match(key)" />
  </appSettings>
</configuration>
''')

write('15-removeall', '''<configuration>
  <appSettings>
    <add key="Dup" value="1" />
    <add key="Keep" value="3" />
    <add key="Dup" value="2" />
  </appSettings>
</configuration>
''', f'''<configuration {X}>
  <appSettings>
    <add key="Dup" xdt:Transform="RemoveAll" xdt:Locator="Match(key)" />
  </appSettings>
</configuration>
''')

write('16-removeattributes-warning', '''<configuration>
  <system.web>
    <compilation debug="true" targetFramework="4.8" />
  </system.web>
</configuration>
''', f'''<configuration {X}>
  <system.web>
    <compilation xdt:Transform="RemoveAttributes(debug,batch)" />
  </system.web>
</configuration>
''')

write('17-removeattributes-multiline', '''<configuration>
  <system.web>
    <compilation debug="true"
                 batch="false"
                 targetFramework="4.8" />
  </system.web>
</configuration>
''', f'''<configuration {X}>
  <system.web>
    <compilation xdt:Transform="RemoveAttributes(batch)" />
  </system.web>
</configuration>
''', nl='\r\n')

write('18-commentout', '''<configuration>
  <system.diagnostics>
    <trace autoflush="true" />
    <switches>
      <add name="Verbose" value="4" />
    </switches>
  </system.diagnostics>
</configuration>
''', f'''<configuration {X}>
  <system.diagnostics>
    <switches xdt:Transform="CommentOut" />
  </system.diagnostics>
</configuration>
''')

write('19-condition-locator', '''<configuration>
  <connectionStrings>
    <add name="A" providerName="P1" connectionString="a" />
    <add name="B" providerName="P2" connectionString="b" />
    <add name="C" providerName="P3" connectionString="c" />
  </connectionStrings>
</configuration>
''', f'''<configuration {X}>
  <connectionStrings>
    <add connectionString="changed" xdt:Transform="SetAttributes(connectionString)" xdt:Locator="Condition(@name='A' or @providerName='P3')" />
  </connectionStrings>
</configuration>
''')

write('20-xpath-locator', '''<configuration>
  <system.web>
    <compilation debug="true" />
    <customErrors mode="Off" />
  </system.web>
</configuration>
''', f'''<configuration {X}>
  <system.web>
    <customErrors mode="RemoteOnly" xdt:Transform="SetAttributes" xdt:Locator="XPath(/configuration/system.web/customErrors)" />
  </system.web>
</configuration>
''')

write('21-deep-nesting', '''<configuration>
  <system.serviceModel>
    <bindings>
      <basicHttpBinding>
        <binding name="Secure">
          <security mode="Transport">
            <transport clientCredentialType="None" />
          </security>
        </binding>
        <binding name="Plain" />
      </basicHttpBinding>
    </bindings>
  </system.serviceModel>
</configuration>
''', f'''<configuration {X}>
  <system.serviceModel>
    <bindings>
      <basicHttpBinding>
        <binding name="Secure" xdt:Locator="Match(name)">
          <security>
            <transport clientCredentialType="Windows" xdt:Transform="SetAttributes" />
            <message clientCredentialType="Certificate" xdt:Transform="Insert" />
          </security>
        </binding>
      </basicHttpBinding>
    </bindings>
  </system.serviceModel>
</configuration>
''')

write('22-no-match-warning', APP, f'''<configuration {X}>
  <system.web xdt:Transform="Replace">
    <compilation debug="false" />
  </system.web>
  <appSettings>
    <add key="Nope" xdt:Transform="Remove" xdt:Locator="Match(key)" />
  </appSettings>
</configuration>
''')

write('23-utf16le-bom', '''<?xml version="1.0" encoding="utf-16"?>
<configuration>
  <appSettings>
    <add key="Mode" value="Amqp" />
  </appSettings>
</configuration>
''', f'''<configuration {X}>
  <appSettings>
    <add key="Mode" value="WebSocket" xdt:Transform="SetAttributes" xdt:Locator="Match(key)" />
    <add key="Site" value="Zürich" xdt:Transform="Insert" />
  </appSettings>
</configuration>
''', nl='\r\n', enc='utf-16-le', bom=b'\xff\xfe')

write('24-windows-1252', '''<?xml version="1.0" encoding="windows-1252"?>
<configuration>
  <!-- Büro -->
  <appSettings>
    <add key="Site" value="Genève" />
  </appSettings>
</configuration>
''', f'''<configuration {X}>
  <appSettings>
    <add key="Price" value="€ 5 — Ω" xdt:Transform="Insert" />
  </appSettings>
</configuration>
''', enc='cp1252')

# any XML document, not only <configuration>, as with Microsoft's engine
write('25-gt-in-values-one-letter-names', '''<settings>
  <a x="1>0">
    <b y='a>b' />
  </a>
</settings>
''', f'''<settings {X}>
  <a>
    <b y="c>d" z="e>f" xdt:Transform="SetAttributes" />
    <c xdt:Transform="Insert" q="x>y" />
  </a>
</settings>
''')

write('26-any-prefix', APP, '''<configuration xmlns:t="http://schemas.microsoft.com/XML-Document-Transform">
  <appSettings>
    <add key="Retries" t:Locator="Match(key)" t:Transform="Remove" />
    <add key="New" value="1" t:Transform="Insert" />
  </appSettings>
</configuration>
''')

write('27-namespaced-element', '''<configuration>
  <runtime>
    <assemblyBinding xmlns="urn:schemas-microsoft-com:asm.v1">
      <dependentAssembly>
        <assemblyIdentity name="Newtonsoft.Json" publicKeyToken="30ad4fe6b75a1d8f" />
        <bindingRedirect oldVersion="0.0.0.0-12.0.0.0" newVersion="12.0.0.0" />
      </dependentAssembly>
    </assemblyBinding>
  </runtime>
</configuration>
''', f'''<configuration {X}>
  <runtime>
    <assemblyBinding xmlns="urn:schemas-microsoft-com:asm.v1">
      <dependentAssembly>
        <bindingRedirect oldVersion="0.0.0.0-13.0.0.0" newVersion="13.0.0.0" xdt:Transform="SetAttributes" />
      </dependentAssembly>
    </assemblyBinding>
  </runtime>
</configuration>
''')

write('28-order-of-application', '''<configuration>
  <appSettings>
    <add key="A" value="1" />
  </appSettings>
</configuration>
''', f'''<configuration {X}>
  <appSettings>
    <add key="B" value="2" xdt:Transform="Insert" />
    <add key="B" value="3" xdt:Transform="SetAttributes" xdt:Locator="Match(key)" />
    <add key="A" xdt:Transform="Remove" xdt:Locator="Match(key)" />
  </appSettings>
</configuration>
''')

write('29-insert-after-inline-sibling', '''<configuration>
  <appSettings><add key="A" value="1" />
  </appSettings>
</configuration>
''', f'''<configuration {X}>
  <appSettings>
    <add key="B" value="2" xdt:Transform="Insert" />
  </appSettings>
</configuration>
''')

write('30-deep-insert-into-empty', '''<configuration>
  <system.serviceModel>
    <services>
      <service name="S">
        <endpoint address="" binding="basicHttpBinding" contract="C">
          <identity />
        </endpoint>
      </service>
    </services>
  </system.serviceModel>
</configuration>
''', f'''<configuration {X}>
  <system.serviceModel>
    <services>
      <service name="S" xdt:Locator="Match(name)">
        <endpoint>
          <identity>
            <dns value="localhost" xdt:Transform="Insert" />
          </identity>
        </endpoint>
      </service>
    </services>
  </system.serviceModel>
</configuration>
''')

write('31-replace-root-child-tabs-crlf', '''<configuration>
\t<system.net>
\t\t<settings>
\t\t\t<servicePointManager expect100Continue="true" />
\t\t</settings>
\t</system.net>
</configuration>
''', f'''<configuration {X}>
  <system.net xdt:Transform="Replace">
    <defaultProxy enabled="true">
      <proxy proxyaddress="http://p:8080" />
    </defaultProxy>
    <settings>
      <servicePointManager expect100Continue="false" />
    </settings>
  </system.net>
</configuration>
''', nl='\r\n', tnl='\r\n')

write('32-single-quotes-setattributes-new', '''<?xml version='1.0' encoding='utf-8'?>
<configuration>
  <appSettings>
    <add key='Mode' value='Amqp' />
  </appSettings>
</configuration>
''', f'''<configuration {X}>
  <appSettings>
    <add key="Mode" value="WebSocket" comment="it's new" xdt:Transform="SetAttributes" xdt:Locator="Match(key)" />
  </appSettings>
</configuration>
''')
print(sorted(os.listdir(root)))
