using GenericsTrace;

/// <summary>
/// Entry point the runtime calls before Main when this assembly is named in DOTNET_STARTUP_HOOKS: listens to dependency
/// injection's event source and, when the process exits, writes the runtime directives to $GENERICS_TRACE_OUT.
/// </summary>
#pragma warning disable CA1050 // the runtime looks for a type named StartupHook outside any namespace
internal static class StartupHook
#pragma warning restore CA1050
{
    private static CallSiteListener? listener;

    public static void Initialize()
    {
        var output = Environment.GetEnvironmentVariable("GENERICS_TRACE_OUT")
            ?? throw new InvalidOperationException("GENERICS_TRACE_OUT names the runtime directives file to write");
        listener = new CallSiteListener();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => File.WriteAllText(output, RuntimeDirectives.Write(listener.TypeNames()));
    }
}
