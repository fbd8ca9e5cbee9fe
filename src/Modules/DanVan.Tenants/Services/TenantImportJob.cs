namespace DanVan.Tenants.Services;

/// <summary>An import running in the background of the portal; the progress page reads it.</summary>
public sealed class TenantImportJob(string id, TenantImportPlan plan, string startedBy)
{
    private readonly ProvisionResult?[] _results = new ProvisionResult?[plan.Rows.Count];

    public string Id { get; } = id;

    public TenantImportPlan Plan { get; } = plan;

    public string StartedBy { get; } = startedBy;

    public DateTime StartedUtc { get; } = DateTime.UtcNow;

    public bool Finished { get; private set; }

    public string? Crash { get; private set; }

    public IReadOnlyList<ProvisionResult?> Results => _results;

    public int Completed => _results.Count(r => r is not null);

    public int Count(ProvisionStatus status) => _results.Count(r => r?.Status == status);

    internal void Report(int index, ProvisionResult result) => _results[index] = result;

    internal void Finish(string? crash = null)
    {
        Crash = crash;
        Finished = true;
    }
}
