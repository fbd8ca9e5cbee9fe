namespace DanVan.Tenants.Services;

/// <summary>Provisions the rows of a validated CSV one after the other, reporting each result as it comes.</summary>
public sealed class TenantImporter(TenantProvisioner provisioner)
{
    public async Task<IReadOnlyList<ProvisionResult>> RunAsync(
        TenantImportPlan plan, string? siteBaseUrl, Action<int, ProvisionResult> progress, CancellationToken cancellationToken)
    {
        if (!plan.IsValid)
        {
            throw new InvalidOperationException("Only a plan without errors can be imported.");
        }

        var results = new List<ProvisionResult>(plan.Rows.Count);
        for (var i = 0; i < plan.Rows.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var row = plan.Rows[i];
            var result = await provisioner.ProvisionAsync(
                new ProvisionRequest(row.Name, row.DisplayName, row.Prefix, row.Host, row.AdminEmail, null, [row.Recipe]),
                siteBaseUrl, cancellationToken);
            results.Add(result);
            progress(i, result);
        }

        return results;
    }
}
