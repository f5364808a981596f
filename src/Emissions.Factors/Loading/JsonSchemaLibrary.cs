using System.Runtime.CompilerServices;

namespace Emissions.Factors.Loading;

/// <summary>
/// JsonSchema.Net's one-time set-up (its dialects, vocabularies and the 19 meta-schemas it parses and builds), run
/// when the first schema is built rather than when the process starts. The library does it in a module initialiser,
/// which a JIT runtime runs when the assembly is first used but a Native AOT executable runs at every start, before
/// <c>Main</c>: about a tenth of a bare CLI start, even when the validation snapshot means no schema is built
/// (bench/startup/RESULTS.md). The AOT publish of the CLI stubs that initialiser out (JsonSchemaLazyInit.xml, passed
/// to the AOT compiler) and every <see cref="JsonSchemaValidator"/> calls <see cref="EnsureInitialized"/> first.
/// </summary>
internal static class JsonSchemaLibrary
{
    /// <summary>
    /// Runs the library's set-up if it has not run yet. The library's own initialiser is idempotent (it runs its body
    /// once, guarded by an interlocked flag), so under the JIT, where the runtime has already run it, this does nothing.
    /// </summary>
    public static void EnsureInitialized() => Initialize(null);

    // The initialiser is internal to the library; the accessor binds to it by name. A version of JsonSchema.Net
    // without it fails here, on the first schema built, in every test that validates (MissingMethodException), not
    // silently. The library's version is part of the validation snapshot's key (JsonSchemaValidator.Engine).
    [UnsafeAccessor(UnsafeAccessorKind.StaticMethod, Name = "Initialize")]
    private static extern void Initialize([UnsafeAccessorType("Json.Schema.__ModuleInitialization, JsonSchema.Net")] object? library);
}
