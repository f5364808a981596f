using System.Text;
using System.Xml.Linq;

namespace GenericsTrace;

/// <summary>
/// Turns the generic type names and array types DI resolved ("A`1[B]", "C`1[D][]", "E[]") into an ILC runtime directives
/// document naming each closed instantiation with its assemblies, so the native compiler builds those types ahead of time.
/// </summary>
internal static class RuntimeDirectives
{
    private static readonly XNamespace Ns = "http://schemas.microsoft.com/netfx/2013/01/metadata";

    // Arrays the framework makes on the start path outside DI (attribute arrays of GetCustomAttributes), which DI's
    // events cannot show: found by tracing the Native AOT executable's type loader (TypeBuilder.TryBuildArrayType) under
    // gdb through a start, /healthz and /v1/checks (bench/startup/RESULTS.md, 2026-12-07 aotstart13).
    private static readonly string[] OutsideDependencyInjection =
    [
        "Microsoft.AspNetCore.Hosting.HostingStartupAttribute[]",
        "System.Text.Json.Serialization.JsonDerivedTypeAttribute[]",
    ];

    public static string Write(IEnumerable<string> typeNames)
    {
        // An array of a non-generic type (IEnumerable<LoggingConfiguration>'s LoggingConfiguration[]) is built at run
        // time too when the executable lacks it; a non-generic type itself never is.
        var types = typeNames.Where(name => name.Contains('`', StringComparison.Ordinal) || name.EndsWith("[]", StringComparison.Ordinal))
            .Concat(OutsideDependencyInjection)
            .Select(Resolve).OfType<Type>().Distinct().ToList();
        var assemblies = types.GroupBy(type => Definition(type).Assembly.GetName().Name!)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => new XElement(Ns + "Assembly", new XAttribute("Name", group.Key),
                group.Select(Name).Order(StringComparer.Ordinal).Distinct()
                    .Select(name => new XElement(Ns + "Type", new XAttribute("Name", name), new XAttribute("Dynamic", "Required All")))));
        var document = new XDocument(new XElement(Ns + "Directives", new XElement(Ns + "Application", assemblies)));
        return document.ToString() + Environment.NewLine;
    }

    private static Type Definition(Type type) => type.IsArray ? Definition(type.GetElementType()!) : type.IsGenericType ? type.GetGenericTypeDefinition() : type;

    // ILC's reflection-style name: the definition's name with each argument assembly-qualified by its simple name.
    private static string Name(Type type)
    {
        if (type.IsArray)
        {
            return Name(type.GetElementType()!) + "[]";
        }

        if (!type.IsGenericType)
        {
            return type.FullName!;
        }

        var name = new StringBuilder(type.GetGenericTypeDefinition().FullName).Append('[');
        name.AppendJoin(',', type.GetGenericArguments().Select(argument => $"[{Name(argument)}, {Definition(argument).Assembly.GetName().Name}]"));
        return name.Append(']').ToString();
    }

    // Parses the event's names ("Ns.Outer+Inner`1[Ns.Arg,Ns.Other`1[X]]", optionally "[]") against the loaded assemblies.
    private static Type? Resolve(string name)
    {
        if (name.EndsWith("[]", StringComparison.Ordinal))
        {
            return Resolve(name[..^2])?.MakeArrayType();
        }

        var open = name.IndexOf('[', StringComparison.Ordinal);
        if (open < 0)
        {
            return AppDomain.CurrentDomain.GetAssemblies().Select(assembly => assembly.GetType(name)).FirstOrDefault(type => type is not null);
        }

        var definition = Resolve(name[..open]);
        var arguments = SplitArguments(name[(open + 1)..^1]).Select(Resolve).ToList();
        return definition is null || arguments.Any(argument => argument is null) ? null : definition.MakeGenericType([.. arguments!]);
    }

    private static IEnumerable<string> SplitArguments(string list)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i < list.Length; i++)
        {
            depth += list[i] switch { '[' => 1, ']' => -1, _ => 0 };
            if (list[i] == ',' && depth == 0)
            {
                yield return list[start..i];
                start = i + 1;
            }
        }

        yield return list[start..];
    }
}
