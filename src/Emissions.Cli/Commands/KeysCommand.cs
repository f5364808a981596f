using System.CommandLine;
using System.Data.Common;
using System.Globalization;
using System.Text.RegularExpressions;
using Emissions.Storage;

namespace Emissions.Cli.Commands;

/// <summary>
/// `emissions keys create --org ORG --role submitter|auditor|admin [--expires TIME]`: creates an API key in the
/// configured database (the service's settings: Database__Provider, Database__Path,
/// ConnectionStrings__Emissions, or the options) and prints it once; only its sha256 is stored.
/// `emissions keys list --org ORG` prints the organisation's keys; `emissions keys revoke --org ORG --prefix P`
/// revokes one (it answers 401 from its next request on).
/// </summary>
internal static partial class KeysCommand
{
    public static Command Create(CliContext context)
    {
        var org = new Option<string>("--org") { Description = "the organisation the key belongs to (lowercase letters, digits, '.', '_', '-')", Required = true };
        var role = new Option<string>("--role") { Description = "submitter (read/write own organisation), auditor (read own organisation) or admin", Required = true };
        var expires = new Option<string?>("--expires") { Description = "when the key stops working, ISO 8601 UTC (e.g. 2027-06-30 or 2027-06-30T12:00:00Z); default: never" };
        var prefix = new Option<string>("--prefix") { Description = "the key's prefix as `keys list` prints it (em_ and 8 characters)", Required = true };
        var (provider, database, connection) = DatabaseOptionsOf();
        var create = new Command("create", "Create an API key and print it once.") { org, role, expires, provider, database, connection };
        create.SetAction(parse => context.Guard("keys create", () =>
        {
            var organization = Organization(parse.GetValue(org)!);
            var roleText = parse.GetValue(role)!;
            if (!ApiKeys.TryParseRole(roleText, out var parsedRole))
            {
                throw new CliInputException($"--role '{roleText}' is not a role (expected submitter, auditor or admin)");
            }

            var expiresAt = Expiry(parse.GetValue(expires));
            return WithStore(context, "keys create", Database(parse, provider, database, connection), store =>
            {
                var key = ApiKeys.Generate();
                store.InsertKeyAsync(new ApiKeyRecord(ApiKeys.Hash(key), ApiKeys.PrefixOf(key), organization, parsedRole, DateTimeOffset.UtcNow) { ExpiresAt = expiresAt })
                    .GetAwaiter().GetResult();
                context.Output.WriteLine(key);
                context.Error.WriteLine($"emissions keys create: {ApiKeys.ToWire(parsedRole)} key {ApiKeys.PrefixOf(key)}… for organisation '{organization}'; it is shown only this once");
                return ExitCodes.Ok;
            });
        }));

        var list = new Command("list", "List an organisation's keys: prefix, role, created, expires, revoked, last used.") { org, provider, database, connection };
        list.SetAction(parse => context.Guard("keys list", () =>
        {
            var organization = Organization(parse.GetValue(org)!);
            return WithStore(context, "keys list", Database(parse, provider, database, connection), store =>
            {
                context.Output.WriteLine("prefix\trole\tcreated\texpires\trevoked\tlast used");
                foreach (var key in store.ListKeysAsync(organization).GetAwaiter().GetResult())
                {
                    context.Output.WriteLine(string.Join('\t', key.KeyPrefix, ApiKeys.ToWire(key.Role), Time(key.CreatedAt), Time(key.ExpiresAt), Time(key.RevokedAt), Time(key.LastUsedAt)));
                }

                return ExitCodes.Ok;
            });
        }));

        var revoke = new Command("revoke", "Revoke a key: it answers 401 from its next request on.") { org, prefix, provider, database, connection };
        revoke.SetAction(parse => context.Guard("keys revoke", () =>
        {
            var organization = Organization(parse.GetValue(org)!);
            var keyPrefix = parse.GetValue(prefix)!;
            return WithStore(context, "keys revoke", Database(parse, provider, database, connection), store =>
            {
                if (store.RevokeKeyAsync(organization, keyPrefix).GetAwaiter().GetResult() == 0)
                {
                    throw new CliInputException($"--prefix '{keyPrefix}': organisation '{organization}' has no unrevoked key with this prefix; expected the prefix of one of its unrevoked keys (`emissions keys list --org {organization}` lists them)");
                }

                context.Error.WriteLine($"emissions keys revoke: key {keyPrefix}… of organisation '{organization}' is revoked");
                return ExitCodes.Ok;
            });
        }));
        return new Command("keys", "Manage API keys of the service's database.") { create, list, revoke };
    }

    private static (Option<string?> Provider, Option<string?> Database, Option<string?> Connection) DatabaseOptionsOf() => (
        new Option<string?>("--provider") { Description = "sqlite or postgres (default: Database__Provider, else sqlite)" },
        new Option<string?>("--database") { Description = "the SQLite file (default: Database__Path, else the user's local data folder)" },
        new Option<string?>("--connection-string") { Description = "PostgreSQL connection string (default: ConnectionStrings__Emissions)" });

    private static DatabaseOptions Database(ParseResult parse, Option<string?> provider, Option<string?> database, Option<string?> connection) => new()
    {
        Provider = parse.GetValue(provider) ?? Environment.GetEnvironmentVariable("Database__Provider") ?? "sqlite",
        Path = parse.GetValue(database) ?? Environment.GetEnvironmentVariable("Database__Path"),
        ConnectionString = parse.GetValue(connection) ?? Environment.GetEnvironmentVariable("ConnectionStrings__Emissions"),
    };

    private static string Organization(string organization) => OrganizationPattern().IsMatch(organization)
        ? organization
        : throw new CliInputException($"--org '{organization}' is not an organisation id (expected 1–64 lowercase letters, digits, '.', '_' or '-', starting with a letter or digit)");

    private static DateTimeOffset? Expiry(string? text)
    {
        if (text is null)
        {
            return null;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at)
            ? at
            : throw new CliInputException($"--expires '{text}' is not a time (expected ISO 8601 UTC, e.g. 2027-06-30 or 2027-06-30T12:00:00Z)");
    }

    private static string Time(DateTimeOffset? at) => at is { } t ? t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) : "-";

    private static int WithStore(CliContext context, string verb, DatabaseOptions options, Func<IEmissionsStore, int> action)
    {
        try
        {
            var store = StoreFactory.Create(options);
            try
            {
                store.MigrateAsync().GetAwaiter().GetResult();
                return action(store);
            }
            finally
            {
                (store as IDisposable)?.Dispose();
            }
        }
        catch (StoreConfigurationException ex)
        {
            return context.Fail(verb, ex.Message);
        }
        catch (DbException ex)
        {
            return context.Fail(verb, $"database error: {ex.Message}");
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex OrganizationPattern();
}
