using System;
using System.Collections.Generic;
using System.Configuration;
using System.Diagnostics;
using System.Linq;
using System.Net;
using System.Text;

// Reads config files the way the .NET runtime does: each in its own AppDomain whose configuration file it is.
// For each path given on standard input, prints "== path", then the runtime's view, one fact per line, then an
// empty line. The view: appSettings ("appsetting key=value"), the default proxy for four URLs ("proxy URL
// bypassed=B via=URL"), the agent's trace source ("trace switch=LEVEL", "trace listener NAME TYPE [filter=LEVEL]");
// a section the runtime refuses gives "WHAT error TYPE: MESSAGE <- INNER..." instead.
// Compiled and run by config-core's tests (io.github.aadcfg.core.dotnet) with Mono's mcs and mono.
public static class RuntimeProbe {
    public static void Main() {
        string path;
        while ((path = Console.ReadLine()) != null) {
            if (path.Length == 0) continue;
            var setup = new AppDomainSetup();
            setup.ApplicationBase = AppDomain.CurrentDomain.BaseDirectory;
            setup.ConfigurationFile = path;
            var domain = AppDomain.CreateDomain("probe", null, setup);
            try {
                domain.DoCallBack(View);
                Console.WriteLine("== " + path);
                Console.Write((string) domain.GetData("view"));
                Console.WriteLine();
            } finally {
                AppDomain.Unload(domain);
            }
        }
    }

    static void View() {
        var view = new StringBuilder();
        Fact(view, "appSettings", () => {
            var settings = ConfigurationManager.AppSettings;
            return settings.AllKeys.Select(k => "appsetting " + k + "=" + settings[k]);
        });
        Fact(view, "proxy", () => {
            var proxy = WebRequest.DefaultWebProxy;
            if (proxy == null) return new[] { "proxy none" };
            var lines = new List<string>();
            foreach (var url in new[] { "http://example.com/", "http://10.1.2.3/", "http://intranet.contoso.com/", "http://localhost/" }) {
                var uri = new Uri(url);
                lines.Add("proxy " + url + " bypassed=" + proxy.IsBypassed(uri) + " via=" + proxy.GetProxy(uri));
            }
            return lines;
        });
        Fact(view, "trace", () => {
            var source = new TraceSource("AAD Connect Provisioning Agent");
            var lines = new List<string> { "trace switch=" + source.Switch.Level };
            foreach (TraceListener listener in source.Listeners) {
                var filter = listener.Filter as EventTypeFilter;
                lines.Add("trace listener " + listener.Name + " " + listener.GetType().FullName
                    + (filter != null ? " filter=" + filter.EventType : ""));
            }
            return lines;
        });
        AppDomain.CurrentDomain.SetData("view", view.ToString());
    }

    static void Fact(StringBuilder view, string what, Func<IEnumerable<string>> read) {
        try {
            foreach (var line in read()) view.Append(line.Replace("\n", "\\n").Replace("\r", "\\r")).Append('\n');
        } catch (Exception e) {
            var message = new StringBuilder(e.GetType().FullName + ": " + e.Message);
            for (var inner = e.InnerException; inner != null; inner = inner.InnerException) {
                message.Append(" <- " + inner.GetType().FullName + ": " + inner.Message);
            }
            view.Append(what + " error " + message.ToString().Replace("\n", " ").Replace("\r", "")).Append('\n');
        }
    }
}
