using System;
using System.Text;
using Microsoft.Web.XmlTransform;

// Applies XDT transforms with Microsoft's engine (Microsoft.Web.XmlTransform.dll), as Visual Studio and
// MSBuild's TransformXml do: the source loaded into an XmlTransformableDocument with PreserveWhitespace, the
// transform applied, the document saved only when the engine reports success.
// Each line of standard input is "SOURCE<TAB>TRANSFORM<TAB>OUTPUT"; for each, prints "== OUTPUT", then "ok"
// or "failed", then the engine's log ("warning MESSAGE", "error MESSAGE"), then an empty line.
// Compiled and run by config-core's tests (io.github.aadcfg.core.dotnet) with Mono's mcs and mono.
public static class XdtApply {
    public static void Main() {
        string line;
        while ((line = Console.ReadLine()) != null) {
            if (line.Length == 0) continue;
            var paths = line.Split('\t');
            var log = new Log();
            bool ok;
            try {
                using (var document = new XmlTransformableDocument()) {
                    document.PreserveWhitespace = true;
                    document.Load(paths[0]);
                    using (var transformation = new XmlTransformation(paths[1], log)) {
                        ok = transformation.Apply(document);
                    }
                    if (ok) document.Save(paths[2]);
                }
            } catch (Exception e) {
                log.Add("error", e.GetType().FullName + ": " + e.Message);
                ok = false;
            }
            Console.WriteLine("== " + paths[2]);
            Console.WriteLine(ok ? "ok" : "failed");
            Console.Write(log.Text);
            Console.WriteLine();
        }
    }

    // Keeps the engine's warnings and errors, one per line; its informational messages are left out.
    sealed class Log : IXmlTransformationLogger {
        readonly StringBuilder text = new StringBuilder();

        public string Text { get { return text.ToString(); } }

        public void Add(string kind, string message) {
            text.Append(kind).Append(' ').Append(message.Replace("\r", "").Replace("\n", " ")).Append('\n');
        }

        static string Format(string message, object[] args) {
            return args == null || args.Length == 0 ? message : string.Format(message, args);
        }

        public void LogMessage(string message, params object[] args) { }
        public void LogMessage(MessageType type, string message, params object[] args) { }
        public void LogWarning(string message, params object[] args) { Add("warning", Format(message, args)); }
        public void LogWarning(string file, string message, params object[] args) { LogWarning(message, args); }
        public void LogWarning(string file, int line, int position, string message, params object[] args) {
            LogWarning(message, args);
        }
        public void LogError(string message, params object[] args) { Add("error", Format(message, args)); }
        public void LogError(string file, string message, params object[] args) { LogError(message, args); }
        public void LogError(string file, int line, int position, string message, params object[] args) {
            LogError(message, args);
        }
        public void LogErrorFromException(Exception e) { Add("error", e.GetType().FullName + ": " + e.Message); }
        public void LogErrorFromException(Exception e, string file) { LogErrorFromException(e); }
        public void LogErrorFromException(Exception e, string file, int line, int position) {
            LogErrorFromException(e);
        }
        public void StartSection(string message, params object[] args) { }
        public void StartSection(MessageType type, string message, params object[] args) { }
        public void EndSection(string message, params object[] args) { }
        public void EndSection(MessageType type, string message, params object[] args) { }
    }
}
