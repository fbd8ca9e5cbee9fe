using System.Text;
using DanVan.Orchard.Data;
using DanVan.Orchard.Recipes;

namespace DanVan.Orchard.Tenancy;

/// <summary>Creates tenants and moves them between states; every change goes through the store and reaches all processes.</summary>
public sealed class TenantManager(
    ITenantStore store, TenantRegistry registry, TenantValidator validator, RecipeHarvester recipes, IEnumerable<IDatabaseProvider> databases, AppDataPaths paths,
    IEnumerable<ITenantRemovingHandler> removingHandlers, Microsoft.Extensions.Options.IOptions<DatabaseOptions>? databaseOptions = null) : ITenantManager
{
    /// <summary>Where a tenant's data goes when the request names no provider: the one configured for the node.</summary>
    private readonly string _defaultProvider = databaseOptions?.Value.UsesPostgres == true ? PostgresDatabaseProvider.ProviderName : SqliteDatabaseProvider.ProviderName;

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
                tenants.Insert(0, new TenantSettings { Name = TenantSettings.DefaultTenantName, DatabaseProvider = _defaultProvider, CreatedUtc = DateTime.UtcNow });
            }

            return true;
        }, cancellationToken);
        await registry.ReloadAsync(cancellationToken);
    }

    public async Task<TenantSettings> CreateAsync(CreateTenantRequest request, CancellationToken cancellationToken)
    {
        var address = TenantAddress.Create(request.Name, request.RequestUrlPrefix, request.RequestUrlHost);
        validator.EnsureValid(address, null, await store.LoadAsync(cancellationToken));

        if (request.RecipeName is { } recipeName && await recipes.FindAsync(recipeName, cancellationToken) is not { IsSetupRecipe: true })
        {
            throw new TenantValidationException("recipe", $"Không có mẫu cài đặt (recipe) “{recipeName}”.");
        }

        var provider = request.DatabaseProvider ?? _defaultProvider;
        if (!databases.Any(d => string.Equals(d.Name, provider, StringComparison.OrdinalIgnoreCase)))
        {
            throw new TenantValidationException("database", $"Không có loại cơ sở dữ liệu “{provider}”.");
        }

        var settings = new TenantSettings
        {
            Name = address.Name,
            DisplayName = request.DisplayName?.Trim().Normalize(NormalizationForm.FormC),
            RequestUrlPrefix = address.Prefix,
            RequestUrlHost = address.Host,
            RecipeName = request.RecipeName,
            DatabaseProvider = provider,
            CreatedUtc = DateTime.UtcNow,
        };

        await store.UpdateAsync(tenants =>
        {
            // Checked again inside the store's lock: another process may have taken the name or address meanwhile.
            validator.EnsureValid(address, null, tenants);
            tenants.Add(settings);
            return settings;
        }, cancellationToken);

        await registry.ReloadAsync(cancellationToken);
        return settings;
    }

    /// <summary>Throws when the name, prefix or host is invalid, reserved or taken, without writing anything.</summary>
    public async Task CheckAvailableAsync(string name, string? prefix, string? host, CancellationToken cancellationToken) =>
        validator.EnsureValid(TenantAddress.Create(name, prefix, host), null, await store.LoadAsync(cancellationToken));

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

        // The table may only be behind: lease renewals are not told to the other nodes. Read before taking the store's
        // write lock, and bring the table up to date so the next ticks look only at it again.
        if (!(await store.LoadAsync(cancellationToken)).Any(t => t.WhySetupAbandoned(now) is not null))
        {
            await registry.ReloadAsync(cancellationToken);
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

    /// <summary>Changes how people reach a tenant and what it is called, refusing a prefix or host that is reserved or another tenant's.</summary>
    public async Task<TenantSettings> EditAsync(string name, string? displayName, string? requestUrlPrefix, string? requestUrlHost, CancellationToken cancellationToken)
    {
        var changed = await store.UpdateAsync(tenants =>
        {
            var index = tenants.FindIndex(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase));
            if (index < 0)
            {
                throw new TenantValidationException(TenantError.NotFound(name));
            }

            var tenant = tenants[index];
            var address = TenantAddress.Create(tenant.Name, requestUrlPrefix, requestUrlHost);
            validator.EnsureValid(address, tenant, tenants);
            tenants[index] = tenant with
            {
                DisplayName = string.IsNullOrWhiteSpace(displayName) ? tenant.DisplayName : displayName.Trim().Normalize(NormalizationForm.FormC),
                RequestUrlPrefix = address.Prefix,
                RequestUrlHost = address.Host,
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
        var tenant = await FindAsync(name, cancellationToken) ?? throw new TenantValidationException(TenantError.NotFound(name));
        if (tenant.IsDefault)
        {
            throw new TenantValidationException(TenantError.WrongState("Không thể xóa cổng tỉnh (trang Default)."));
        }

        if (tenant.State is not (TenantState.Disabled or TenantState.Uninitialized or TenantState.Failed) && tenant.WhySetupAbandoned(DateTime.UtcNow) is null)
        {
            throw new TenantValidationException(TenantError.WrongState(tenant.State == TenantState.Initializing
                ? $"Trang “{tenant.Name}” đang được cài đặt bởi tiến trình {tenant.SetupLease?.ProcessId} trên máy {tenant.SetupLease?.MachineName}; hãy chờ việc cài đặt xong."
                : $"Trang “{tenant.Name}” đang ở trạng thái {tenant.State}. Hãy tạm dừng trang trước khi xóa."));
        }

        // Every module says it can go ahead (and holds what it needs) before anything is deleted: a refusal leaves the
        // tenant whole, never without its database.
        var holds = new List<IAsyncDisposable>();
        try
        {
            foreach (var handler in removingHandlers)
            {
                if (await handler.PrepareRemovingAsync(tenant, cancellationToken) is { } hold)
                {
                    holds.Add(hold);
                }
            }

            registry.Release(tenant.Name);
            await registry.DatabaseFor(tenant).DeleteAsync(tenant, cancellationToken);
            foreach (var handler in removingHandlers)
            {
                await handler.RemovingAsync(tenant, cancellationToken);
            }

            var folder = paths.TenantFolder(tenant.Name);
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }

            await store.UpdateAsync(tenants => tenants.RemoveAll(t => string.Equals(t.Name, tenant.Name, StringComparison.OrdinalIgnoreCase)), cancellationToken);
        }
        finally
        {
            foreach (var hold in holds)
            {
                await hold.DisposeAsync();
            }
        }

        await registry.ReloadAsync(cancellationToken);
    }

    public Task<TenantSettings> DisableAsync(string name, CancellationToken cancellationToken) =>
        ChangeAsync(name, t =>
        {
            if (t.IsDefault)
            {
                throw new TenantValidationException(TenantError.WrongState("Không thể tạm dừng cổng tỉnh (trang Default)."));
            }

            return t.State == TenantState.Running
                ? t with { State = TenantState.Disabled }
                : throw new TenantValidationException(TenantError.WrongState($"Trang “{t.Name}” đang ở trạng thái {t.State}; chỉ tạm dừng được trang đang hoạt động."));
        }, cancellationToken);

    public Task<TenantSettings> EnableAsync(string name, CancellationToken cancellationToken) =>
        ChangeAsync(name, t => t.State == TenantState.Disabled
            ? t with { State = TenantState.Running }
            : throw new TenantValidationException(TenantError.WrongState($"Trang “{t.Name}” đang ở trạng thái {t.State}; chỉ bật lại được trang đang tạm dừng.")),
            cancellationToken);

    /// <summary>Replaces a tenant's settings inside the store's lock, then reloads this process's view.</summary>
    public async Task<TenantSettings> ChangeAsync(string name, Func<TenantSettings, TenantSettings> change, CancellationToken cancellationToken)
    {
        var changed = await store.UpdateAsync(tenants =>
        {
            var index = tenants.FindIndex(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase));
            if (index < 0)
            {
                throw new TenantValidationException(TenantError.NotFound(name));
            }

            tenants[index] = change(tenants[index]);
            return tenants[index];
        }, cancellationToken);

        await registry.ReloadAsync(cancellationToken);
        return changed;
    }
}
