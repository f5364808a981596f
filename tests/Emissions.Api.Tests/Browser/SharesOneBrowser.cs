namespace Emissions.Api.Tests.Browser;

/// <summary>
/// The browser tests, one after another, sharing one chromium and one service (<see cref="SharedBrowser"/>): starting
/// each anew took most of the tests' time, and a fresh browser context per test keeps them apart all the same.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SharesOneBrowser : ICollectionFixture<SharedBrowser>
{
    public const string Name = "Browser";
}
