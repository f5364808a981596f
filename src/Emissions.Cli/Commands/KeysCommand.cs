using System.CommandLine;
using System.Data.Common;
using System.Text.RegularExpressions;
using Emissions.Storage;

namespace Emissions.Cli.Commands;

/// <summary>
/// `emissions keys create --org ORG --role submitter|auditor|admin`: creates an API key in the
/// configured database (the service's settings: Database__Provider, Database__Path,
/// ConnectionStrings__Emissions, or the options) and prints it once; only its sha256 is stored.
/// </summary>
internal static partial class KeysCommand
{
    public static Command Create(CliContext context)
    {
        var org = new Option<string>("--org") { Description = "the organisation the key belongs to (lowercase letters, digits, '.', '_', '-')", Required = true };
        var role = new Option<string>("--role") { Description = "submitter (read/write own organisation), auditor (read own organisation) or admin", Required = true };
        var provider = new Option<string?>("--provider") { Description = "sqlite or postgres (default: Database__Provider, else sqlite)" };
        var database = new Option<string?>("--database") { Description = "the SQLite file (default: Database__Path, else the user's local data folder)" };
        var connection = new Option<string?>("--connection-string") { Description = "PostgreSQL connection string (default: ConnectionStrings__Emissions)" };
        var create = new Command("create", "Create an API key and print it once.") { org, role, provider, database, connection };
        create.SetAction(parse => context.Guard("keys create", () =>
        {
            var organization = parse.GetValue(org)!;
            if (!OrganizationPattern().IsMatch(organization))
            {
                throw new CliInputException($"--org '{organization}' is not an organisation id (expected 1–64 lowercase letters, digits, '.', '_' or '-', starting with a letter or digit)");
            }

            var roleText = parse.GetValue(role)!;
            if (!ApiKeys.TryParseRole(roleText, out var parsedRole))
            {
                throw new CliInputException($"--role '{roleText}' is not a role (expected submitter, auditor or admin)");
            }

            var options = new DatabaseOptions
            {
                Provider = parse.GetValue(provider) ?? Environment.GetEnvironmentVariable("Database__Provider") ?? "sqlite",
                Path = parse.GetValue(database) ?? Environment.GetEnvironmentVariable("Database__Path"),
                ConnectionString = parse.GetValue(connection) ?? Environment.GetEnvironmentVariable("ConnectionStrings__Emissions"),
            };
            return CreateKey(context, options, organization, parsedRole);
        }));
        return new Command("keys", "Manage API keys of the service's database.") { create };
    }

    private static int CreateKey(CliContext context, DatabaseOptions options, string organization, ApiKeyRole role)
    {
        try
        {
            var store = StoreFactory.Create(options);
            try
            {
                store.MigrateAsync().GetAwaiter().GetResult();
                var key = ApiKeys.Generate();
                store.InsertKeyAsync(new ApiKeyRecord(ApiKeys.Hash(key), ApiKeys.PrefixOf(key), organization, role, DateTimeOffset.UtcNow))
                    .GetAwaiter().GetResult();
                context.Output.WriteLine(key);
                context.Error.WriteLine($"emissions keys create: {ApiKeys.ToWire(role)} key {ApiKeys.PrefixOf(key)}… for organisation '{organization}'; it is shown only this once");
                return ExitCodes.Ok;
            }
            finally
            {
                (store as IDisposable)?.Dispose();
            }
        }
        catch (StoreConfigurationException ex)
        {
            return context.Fail("keys create", ex.Message);
        }
        catch (DbException ex)
        {
            return context.Fail("keys create", $"database error: {ex.Message}");
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex OrganizationPattern();
}
