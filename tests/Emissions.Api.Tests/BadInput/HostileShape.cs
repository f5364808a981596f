using System.Text;

namespace Emissions.Api.Tests.BadInput;

/// <summary>
/// A hostile request that can be made at any size: the same construct repeated <c>n</c> times in a POST body. The
/// scaling tests send it at <see cref="Size"/>, twice and four times that, to show that the work it causes grows no
/// faster than the request does. A shape whose count a limit of Core caps at <see cref="Limit"/> (four times its size at
/// most) is also sent at that limit, where what it allocates must stay within a bound.
/// </summary>
public sealed record HostileShape(string Name, string Path, int Size, Func<int, string> Body, int? Limit = null)
{
    /// <summary>The request with the construct repeated <paramref name="n"/> times.</summary>
    public HostileRequest At(int n) => new($"{Name} x{n}", "POST", Path, Encoding.UTF8.GetBytes(Body(n)));
}
