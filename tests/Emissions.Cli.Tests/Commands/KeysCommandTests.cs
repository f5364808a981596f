using Emissions.Storage;

namespace Emissions.Cli.Tests.Commands;

public sealed class KeysCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("emissions-cli-keys-").FullName;

    private string DatabasePath => Path.Combine(folder, "data", "emissions.db");

    [Fact]
    public async Task Keys_create_prints_a_key_once_and_stores_only_its_hash()
    {
        var (exit, output, error) = Run("keys", "create", "--org", "acme", "--role", "auditor", "--database", DatabasePath);

        Assert.Equal(0, exit);
        var key = output.Trim();
        Assert.StartsWith("em_", key, StringComparison.Ordinal);
        Assert.Contains("shown only this once", error, StringComparison.Ordinal);

        var store = new SqliteStore(DatabasePath);
        var record = await store.FindKeyAsync(ApiKeys.Hash(key));
        Assert.NotNull(record);
        Assert.Equal("acme", record.OrganizationId);
        Assert.Equal(ApiKeyRole.Auditor, record.Role);
        Assert.DoesNotContain(key, await File.ReadAllTextAsync(DatabasePath), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--org", "Acme Corp", "--role", "submitter", "--org 'Acme Corp'")]
    [InlineData("--org", "acme", "--role", "owner", "--role 'owner'")]
    public void Keys_create_refuses_bad_input_with_exit_code_2(string orgOption, string org, string roleOption, string role, string message)
    {
        var (exit, output, error) = Run("keys", "create", orgOption, org, roleOption, role, "--database", DatabasePath);
        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Keys_create_needs_a_connection_string_for_postgres()
    {
        var (exit, _, error) = Run("keys", "create", "--org", "acme", "--role", "admin", "--provider", "postgres", "--connection-string", "");
        Assert.Equal(2, exit);
        Assert.Contains("ConnectionStrings:Emissions", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Keys_list_shows_expiry_and_keys_revoke_revokes_once()
    {
        var key = Run("keys", "create", "--org", "acme", "--role", "submitter", "--expires", "2030-06-30", "--database", DatabasePath).Output.Trim();
        var prefix = ApiKeys.PrefixOf(key);

        var (listExit, list, _) = Run("keys", "list", "--org", "acme", "--database", DatabasePath);
        Assert.Equal(0, listExit);
        Assert.Contains($"{prefix}\tsubmitter\t", list, StringComparison.Ordinal);
        Assert.Contains("\t2030-06-30T00:00:00Z\t-\t-", list, StringComparison.Ordinal);

        Assert.Equal(0, Run("keys", "revoke", "--org", "acme", "--prefix", prefix, "--database", DatabasePath).Exit);
        var record = await new SqliteStore(DatabasePath).FindKeyAsync(ApiKeys.Hash(key));
        Assert.NotNull(record?.RevokedAt);
        Assert.Contains("was revoked", record.Unusable(DateTimeOffset.UtcNow), StringComparison.Ordinal);

        var (again, _, error) = Run("keys", "revoke", "--org", "acme", "--prefix", prefix, "--database", DatabasePath);
        Assert.Equal(2, again);
        Assert.Contains($"has no unrevoked key with this prefix; expected the prefix of one of its unrevoked keys (`emissions keys list --org acme` lists them)", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Keys_create_refuses_an_expiry_that_is_not_a_time()
    {
        var (exit, _, error) = Run("keys", "create", "--org", "acme", "--role", "auditor", "--expires", "next year", "--database", DatabasePath);

        Assert.Equal(2, exit);
        Assert.Contains("--expires 'next year' is not a time", error, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CliApp.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
