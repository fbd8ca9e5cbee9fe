using System.Text;
using System.Text.RegularExpressions;
using DanVan.Orchard.Data;
using DanVan.Orchard.Recipes;
using DanVan.Orchard.Text;

namespace DanVan.Orchard.Tenancy;

/// <summary>Creates tenants and moves them between states; every change goes through the store and reaches all processes.</summary>
public sealed partial class TenantManager(
    ITenantStore store, TenantRegistry registry, RecipeHarvester recipes, IEnumerable<IDatabaseProvider> databases, AppDataPaths paths, Media.IMediaStore media)
{
    /// <summary>
    /// The tenants as stored. When the store cannot be read (a bad hand edit) a process that has read it before keeps
    /// answering from the last good table (the registry logs the problem once); one that never has (the CLI) fails
    /// with the <see cref="TenantStoreException"/>. Writes always fail on an unreadable store.
    /// </summary>
    public async Task<IReadOnlyList<TenantSettings>> ListAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await store.LoadAsync(cancellationToken);
        }
        catch (TenantStoreException) when (registry.HasLoaded)
        {
            return registry.Table.All;
        }
    }

    public async Task<TenantSettings?> FindAsync(string name, CancellationToken cancellationToken) =>
        (await ListAsync(cancellationToken)).FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Adds the Default tenant, uninitialized, when the store has none (first start).</summary>
    public async Task EnsureDefaultTenantAsync(CancellationToken cancellationToken)
    {
        if (await FindAsync(TenantSettings.DefaultTenantName, cancellationToken) is not null)
        {
            return;
        }

        await store.UpdateAsync(tenants =>
        {
            if (!tenants.Exists(t => t.IsDefault))
            {
                tenants.Insert(0, new TenantSettings { Name = TenantSettings.DefaultTenantName, CreatedUtc = DateTime.UtcNow });
            }

            return true;
        }, cancellationToken);
        await registry.ReloadAsync(cancellationToken);
    }

    public async Task<TenantSettings> CreateAsync(CreateTenantRequest request, CancellationToken cancellationToken)
    {
        var name = request.Name.Trim();
        var prefix = string.IsNullOrWhiteSpace(request.RequestUrlPrefix) ? null : request.RequestUrlPrefix.Trim().Trim('/');
        var host = string.IsNullOrWhiteSpace(request.RequestUrlHost) ? null : request.RequestUrlHost.Trim().ToLowerInvariant();
        var isDefault = string.Equals(name, TenantSettings.DefaultTenantName, StringComparison.OrdinalIgnoreCase);

        if (!TenantName().IsMatch(name))
        {
            throw new TenantValidationException("name", $"Tenant name '{name}' must start with a letter and have only letters a-z, digits and '_' (at most 50).");
        }

        if (prefix is not null)
        {
            ValidatePrefix(prefix);
        }

        ValidateHosts(host);

        if (!isDefault && prefix is null && host is null)
        {
            throw new TenantValidationException("prefix", "A district tenant needs a URL prefix or a host name.");
        }

        if (request.RecipeName is { } recipeName && await recipes.FindAsync(recipeName, cancellationToken) is not { IsSetupRecipe: true })
        {
            throw new TenantValidationException("recipe", $"There is no setup recipe '{recipeName}'.");
        }

        if (!databases.Any(d => string.Equals(d.Name, request.DatabaseProvider, StringComparison.OrdinalIgnoreCase)))
        {
            throw new TenantValidationException("database", $"Unknown database provider '{request.DatabaseProvider}'.");
        }

        var settings = new TenantSettings
        {
            Name = name,
            DisplayName = request.DisplayName?.Trim().Normalize(NormalizationForm.FormC),
            RequestUrlPrefix = prefix,
            RequestUrlHost = host,
            RecipeName = request.RecipeName,
            DatabaseProvider = request.DatabaseProvider,
            CreatedUtc = DateTime.UtcNow,
        };

        await store.UpdateAsync(tenants =>
        {
            if (tenants.Exists(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase)))
            {
                throw new TenantValidationException("name", $"A tenant named '{name}' already exists.");
            }

            if (prefix is not null && tenants.Exists(t => string.Equals(t.RequestUrlPrefix, prefix, StringComparison.OrdinalIgnoreCase)))
            {
                throw new TenantValidationException("prefix", $"The prefix '{prefix}' is already used by another tenant.");
            }

            var hosts = settings.Hosts.ToHashSet(StringComparer.OrdinalIgnoreCase);
            if (tenants.FirstOrDefault(t => t.Hosts.Any(hosts.Contains)) is { } holder)
            {
                throw new TenantValidationException("host", $"A host name is already used by tenant '{holder.Name}'.");
            }

            tenants.Add(settings);
            return settings;
        }, cancellationToken);

        await registry.ReloadAsync(cancellationToken);
        return settings;
    }

    /// <summary>Throws when the name, prefix or host is invalid or taken, without writing anything.</summary>
    public async Task CheckAvailableAsync(string name, string? prefix, string? host, CancellationToken cancellationToken)
    {
        if (!TenantName().IsMatch(name))
        {
            throw new TenantValidationException("name", $"Tenant name '{name}' must start with a letter and have only letters a-z, digits and '_' (at most 50).");
        }

        if (prefix is not null)
        {
            ValidatePrefix(prefix);
        }

        ValidateHosts(host?.ToLowerInvariant());
        if (prefix is null && host is null)
        {
            throw new TenantValidationException("prefix", "A district tenant needs a URL prefix or a host name.");
        }

        var tenants = await store.LoadAsync(cancellationToken);
        if (tenants.Any(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            throw new TenantValidationException("name", $"A tenant named '{name}' already exists.");
        }

        if (prefix is not null && tenants.Any(t => string.Equals(t.RequestUrlPrefix, prefix, StringComparison.OrdinalIgnoreCase)))
        {
            throw new TenantValidationException("prefix", $"The prefix '{prefix}' is already used by another tenant.");
        }

        if (host is not null && tenants.Any(t => t.Hosts.Contains(host, StringComparer.OrdinalIgnoreCase)))
        {
            throw new TenantValidationException("host", $"The host '{host}' is already used by another tenant.");
        }
    }

    /// <summary>
    /// Marks Failed the tenants left Initializing by a setup whose process died or stopped renewing its lease (see
    /// <see cref="SetupLease"/>): they can then be set up again or removed instead of answering 503 forever. Cheap
    /// when there are none (only the registry's table is looked at). Returns their names.
    /// </summary>
    public async Task<IReadOnlyList<string>> FailInterruptedSetupsAsync(CancellationToken cancellationToken)
    {
        var now = DateTime.UtcNow;
        if (!registry.Table.All.Any(t => t.WhySetupAbandoned(now) is not null))
        {
            return [];
        }

        var failed = await store.UpdateAsync(tenants =>
        {
            var names = new List<string>();
            for (var i = 0; i < tenants.Count; i++)
            {
                if (tenants[i].WhySetupAbandoned(now) is { } why)
                {
                    tenants[i] = Interrupted(tenants[i], why);
                    names.Add(tenants[i].Name);
                }
            }

            return names;
        }, cancellationToken);
        await registry.ReloadAsync(cancellationToken);
        return failed;
    }

    /// <summary>Tells the other processes that the setup holding <paramref name="token"/> is still at work; false once it no longer holds the tenant.</summary>
    public Task<bool> RenewSetupLeaseAsync(string name, string token, CancellationToken cancellationToken) =>
        store.UpdateAsync(tenants =>
        {
            var index = tenants.FindIndex(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase));
            if (index < 0 || tenants[index] is not { State: TenantState.Initializing, SetupLease: { } lease } || lease.Token != token)
            {
                return false;
            }

            tenants[index] = tenants[index] with { SetupLease = lease with { HeartbeatUtc = DateTime.UtcNow } };
            return true;
        }, cancellationToken);

    internal static TenantSettings Interrupted(TenantSettings tenant, string why) => tenant with
    {
        State = TenantState.Failed,
        SetupLease = null,
        FailureReason = $"Setup was interrupted ({why}); set the tenant up again.",
    };

    /// <summary>Changes how people reach a tenant and what it is called, refusing a prefix or host another tenant has.</summary>
    public async Task<TenantSettings> EditAsync(string name, string? displayName, string? requestUrlPrefix, string? requestUrlHost, CancellationToken cancellationToken)
    {
        var prefix = string.IsNullOrWhiteSpace(requestUrlPrefix) ? null : requestUrlPrefix.Trim().Trim('/');
        var host = string.IsNullOrWhiteSpace(requestUrlHost) ? null : requestUrlHost.Trim().ToLowerInvariant();
        if (prefix is not null)
        {
            ValidatePrefix(prefix);
        }

        ValidateHosts(host);
        var hosts = (host ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var changed = await store.UpdateAsync(tenants =>
        {
            var index = tenants.FindIndex(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase));
            if (index < 0)
            {
                throw new TenantValidationException("name", $"There is no tenant '{name}'.");
            }

            var tenant = tenants[index];
            if (!tenant.IsDefault && prefix is null && host is null)
            {
                throw new TenantValidationException("prefix", "A district tenant needs a URL prefix or a host name.");
            }

            if (tenant.IsDefault && prefix is not null)
            {
                throw new TenantValidationException("prefix", "The Default tenant answers at the root; it has no prefix.");
            }

            if (prefix is not null && tenants.Exists(t => t != tenant && string.Equals(t.RequestUrlPrefix, prefix, StringComparison.OrdinalIgnoreCase)))
            {
                throw new TenantValidationException("prefix", $"The prefix '{prefix}' is already used by another tenant.");
            }

            if (tenants.FirstOrDefault(t => t != tenant && t.Hosts.Any(hosts.Contains)) is { } holder)
            {
                throw new TenantValidationException("host", $"A host name is already used by tenant '{holder.Name}'.");
            }

            tenants[index] = tenant with
            {
                DisplayName = string.IsNullOrWhiteSpace(displayName) ? tenant.DisplayName : displayName.Trim().Normalize(NormalizationForm.FormC),
                RequestUrlPrefix = prefix,
                RequestUrlHost = host,
            };
            return tenants[index];
        }, cancellationToken);

        await registry.ReloadAsync(cancellationToken);
        return changed;
    }

    /// <summary>
    /// Deletes a tenant for good: its database, its folder (media, index) and its entry. Only a tenant that serves
    /// nobody (Disabled, Uninitialized or Failed) can be removed.
    /// </summary>
    public async Task RemoveAsync(string name, CancellationToken cancellationToken)
    {
        var tenant = await FindAsync(name, cancellationToken) ?? throw new TenantValidationException("name", $"There is no tenant '{name}'.");
        if (tenant.IsDefault)
        {
            throw new TenantValidationException("name", "The Default tenant cannot be removed.");
        }

        if (tenant.State is not (TenantState.Disabled or TenantState.Uninitialized or TenantState.Failed) && tenant.WhySetupAbandoned(DateTime.UtcNow) is null)
        {
            throw new TenantValidationException("state", tenant.State == TenantState.Initializing
                ? $"Tenant '{tenant.Name}' is being set up by process {tenant.SetupLease?.ProcessId} on {tenant.SetupLease?.MachineName}; wait for it to finish."
                : $"Tenant '{tenant.Name}' is {tenant.State}; disable it before removing it.");
        }

        registry.Release(tenant.Name);
        await registry.DatabaseFor(tenant).DeleteAsync(tenant, cancellationToken);
        await media.DeleteTenantAsync(tenant.Name, cancellationToken);
        var folder = paths.TenantFolder(tenant.Name);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        await store.UpdateAsync(tenants => tenants.RemoveAll(t => string.Equals(t.Name, tenant.Name, StringComparison.OrdinalIgnoreCase)), cancellationToken);
        await registry.ReloadAsync(cancellationToken);
    }

    public Task<TenantSettings> DisableAsync(string name, CancellationToken cancellationToken) =>
        ChangeAsync(name, t =>
        {
            if (t.IsDefault)
            {
                throw new TenantValidationException("name", "The Default tenant cannot be disabled.");
            }

            return t.State == TenantState.Running
                ? t with { State = TenantState.Disabled }
                : throw new TenantValidationException("state", $"Tenant '{t.Name}' is {t.State}; only a Running tenant can be disabled.");
        }, cancellationToken);

    public Task<TenantSettings> EnableAsync(string name, CancellationToken cancellationToken) =>
        ChangeAsync(name, t => t.State == TenantState.Disabled
            ? t with { State = TenantState.Running }
            : throw new TenantValidationException("state", $"Tenant '{t.Name}' is {t.State}; only a Disabled tenant can be enabled."),
            cancellationToken);

    /// <summary>Replaces a tenant's settings inside the store's lock, then reloads this process's view.</summary>
    public async Task<TenantSettings> ChangeAsync(string name, Func<TenantSettings, TenantSettings> change, CancellationToken cancellationToken)
    {
        var changed = await store.UpdateAsync(tenants =>
        {
            var index = tenants.FindIndex(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase));
            if (index < 0)
            {
                throw new TenantValidationException("name", $"There is no tenant '{name}'.");
            }

            tenants[index] = change(tenants[index]);
            return tenants[index];
        }, cancellationToken);

        await registry.ReloadAsync(cancellationToken);
        return changed;
    }

    public static bool IsValidTenantName(string name) => TenantName().IsMatch(name);

    public static void ValidateHosts(string? host)
    {
        if (host is not null && host.Split(',', StringSplitOptions.TrimEntries).FirstOrDefault(h => !HostName().IsMatch(h)) is { } badHost)
        {
            throw new TenantValidationException("host", $"'{badHost}' is not a host name (e.g. hoaan.danvan.example.vn).");
        }
    }

    public static void ValidatePrefix(string prefix)
    {
        if (!Prefix().IsMatch(prefix))
        {
            throw new TenantValidationException("prefix", $"Prefix '{prefix}' must be lower-case letters a-z, digits and '-' (no diacritics or spaces, at most 50).");
        }

        if (ReservedSegments.IsReserved(prefix))
        {
            throw new TenantValidationException("prefix", $"Prefix '{prefix}' is reserved for the platform.");
        }
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]{0,49}$")]
    private static partial Regex TenantName();

    [GeneratedRegex("^(?=.{1,50}$)[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Prefix();

    [GeneratedRegex(@"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*(:\d{1,5})?$")]
    private static partial Regex HostName();
}
